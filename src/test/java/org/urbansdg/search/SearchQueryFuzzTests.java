package org.urbansdg.search;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.urbansdg.FuzzInput;
import org.urbansdg.casestudy.search.CaseSearchQuery;
import org.urbansdg.casestudy.search.CaseSearchQuery.Facet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz tests of how a search is read from the query string and written back into the links of the search page
 * (pages, facet toggles, "show all", tabs, "did you mean"): whatever the parameters, nothing throws, the words are
 * cleaned and capped, the page is in range, and every link leads back, through a servlet container's decoding, to the
 * same search. Each input is read as the cases tab and as the other tabs, as the page reads the query string. Input:
 * lines of {@code name=value} ({@link FuzzInput}); seeds in {@code SearchQueryFuzzTestsInputs}.
 */
class SearchQueryFuzzTests {

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");

	@FuzzTest(maxDuration = "20s")
	void searchLinksLeadBackToTheSameSearch(byte[] bytes) {
		FuzzInput input = FuzzInput.of(bytes);
		assertCaseLinks(input);
		assertContentLinks(input);
	}

	/** The cases tab: words, facets, order and page. */
	private static void assertCaseLinks(FuzzInput input) {
		CaseSearchQuery query = caseQuery(input::all);
		String text = query.text();
		assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(CaseSearchQuery.MAX_TEXT);
		assertThat(CONTROL.matcher(text).find()).as("control characters in %s", text).isFalse();
		assertThat(text).isEqualTo(text.strip());
		assertThat(query.pageNumber()).isBetween(1, CaseSearchQuery.MAX_PAGE);

		int page = query.pageNumber();
		CaseSearchQuery followed = follow(query.link(page));
		assertSameSearch(followed, query);
		assertThat(followed.pageNumber()).isEqualTo(page);
		if (!text.isEmpty()) {
			assertSameSearch(follow(query.withText(text).link(1)), query);
		}
		// Facet values are toggled as the page lists them: as the index holds them, never blank.
		String value = input.first("toggle") == null ? "" : input.first("toggle").strip();
		for (Facet facet : Facet.values()) {
			if (!value.isEmpty() && query.values(facet).size() < 50) {
				CaseSearchQuery toggled = follow(query.toggle(facet, value));
				assertThat(toggled.text()).isEqualTo(text);
				assertThat(toggled.isSelected(facet, value)).isNotEqualTo(query.isSelected(facet, value));
			}
			assertSameSearch(follow(query.showAll(facet)), query);
		}
	}

	/** The news, events and courses tabs, bound from the same query string. */
	private static void assertContentLinks(FuzzInput input) {
		ContentQuery query = new ContentQuery(input.first("q"), input.first("type"), input.first("sort"),
				input.first("page"));
		assertThat(query.pageNumber()).isBetween(1, CaseSearchQuery.MAX_PAGE);
		ContentQuery followed = followContent(query.link(query.pageNumber()));
		assertThat(followed.text()).isEqualTo(query.text());
		assertThat(followed.contentType()).isEqualTo(query.contentType());
		assertThat(followed.pageNumber()).isEqualTo(query.pageNumber());
		for (ContentType tab : ContentType.values()) {
			ContentQuery other = followContent(query.tab(tab));
			assertThat(other.text()).isEqualTo(query.text());
			assertThat(other.contentType()).isEqualTo(tab);
		}
		String corrected = input.first("corrected");
		if (corrected != null) {
			assertThat(followContent(query.withText(corrected)).text()).isEqualTo(CaseSearchQuery.of(corrected).text());
		}
	}

	private static void assertSameSearch(CaseSearchQuery followed, CaseSearchQuery query) {
		assertThat(followed.text()).isEqualTo(query.text());
		for (Facet facet : Facet.values()) {
			assertThat(followed.values(facet)).as(facet.param()).isEqualTo(query.values(facet));
		}
		assertThat(followed.mostViewedFirst()).isEqualTo(query.mostViewedFirst());
		assertThat(followed.mostReplicatedFirst()).isEqualTo(query.mostReplicatedFirst());
		assertThat(followed.newestFirst()).isEqualTo(query.newestFirst());
	}

	private static CaseSearchQuery caseQuery(java.util.function.Function<String, List<String>> params) {
		java.util.function.Function<String, String> one = name -> {
			List<String> values = params.apply(name);
			return values == null ? null : values.get(0);
		};
		return new CaseSearchQuery(one.apply("q"), params.apply("goal"), params.apply("target"), params.apply("theme"),
				params.apply("country"), params.apply("city"), params.apply("orgType"), params.apply("year"),
				params.apply("budget"), params.apply("language"), one.apply("sort"), one.apply("page"),
				params.apply("award"), one.apply("more"), params.apply("takenUp"));
	}

	/** The search a visitor gets who follows the link: the query string decoded as a servlet container does. */
	private static CaseSearchQuery follow(String link) {
		Map<String, List<String>> params = parameters(link);
		return caseQuery(params::get);
	}

	private static ContentQuery followContent(String link) {
		Map<String, List<String>> params = parameters(link);
		java.util.function.Function<String, String> one = name -> params.containsKey(name) ? params.get(name).get(0) : null;
		return new ContentQuery(one.apply("q"), one.apply("type"), one.apply("sort"), one.apply("page"));
	}

	private static Map<String, List<String>> parameters(String link) {
		URI uri = URI.create(link);
		assertThat(uri.getPath()).isEqualTo("/search");
		Map<String, List<String>> params = new LinkedHashMap<>();
		String query = uri.getRawQuery();
		if (query == null) {
			return params;
		}
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			String name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
			String value = parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
			params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
		}
		return params;
	}
}
