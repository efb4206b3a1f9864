package org.urbansdg.casestudy.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.web.util.UriComponentsBuilder;
import org.urbansdg.shared.QueryLinks;

/**
 * A search over the published cases, bound from the search page's query string so that every search has a URL that
 * can be shared: the words typed, the facet values chosen (several values of one facet are alternatives, different
 * facets must all match), the order and the page. Nothing here is trusted: the search checks every value. (The
 * language facet is {@code language}: {@code lang} switches the interface language.)
 */
public record CaseSearchQuery(String q, List<String> goal, List<String> target, List<String> theme,
		List<String> country, List<String> city, List<String> orgType, List<String> year, List<String> budget,
		List<String> language, String sort, String page, List<String> award, String more, List<String> takenUp) {

	/** The longest text searched for; the rest is cut off. */
	public static final int MAX_TEXT = 200;

	public static final int PAGE_SIZE = 20;

	/** Pages beyond this are not served: nobody reads them, and deep paging is what makes search engines slow. */
	public static final int MAX_PAGE = 250;

	/**
	 * Values listed per facet until the visitor asks for all of them ({@code more=<facet>}): a network's hundreds of
	 * cities and the 169 targets would make every result page long to send, to render and to read.
	 */
	public static final int FACET_VALUES_SHOWN = 10;

	/** The one value of the "taken up elsewhere" facet. */
	public static final String TAKEN_UP_YES = "yes";

	public CaseSearchQuery {
		goal = list(goal);
		target = list(target);
		theme = list(theme);
		country = list(country);
		city = list(city);
		orgType = list(orgType);
		year = list(year);
		budget = list(budget);
		language = list(language);
		award = list(award);
		takenUp = list(takenUp);
	}

	public static CaseSearchQuery of(String q) {
		return new CaseSearchQuery(q, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The typed text with control characters removed and its length capped; empty when nothing was typed. */
	public String text() {
		if (q == null) {
			return "";
		}
		String clean = q.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]", " ").strip();
		if (clean.codePointCount(0, clean.length()) > MAX_TEXT) {
			clean = clean.substring(0, clean.offsetByCodePoints(0, MAX_TEXT));
		}
		return clean.strip();
	}

	public boolean newestFirst() {
		return "newest".equals(sort) || (text().isEmpty() && !mostViewedFirst() && !mostReplicatedFirst());
	}

	/** Most viewed first: by public page views, as last written to the index (see {@link CaseViews}). */
	public boolean mostViewedFirst() {
		return "views".equals(sort);
	}

	/** Most replicated first: by how many cities replicated or adapted the case ({@code PracticeTakenUp}). */
	public boolean mostReplicatedFirst() {
		return "replicated".equals(sort);
	}

	public int pageNumber() {
		if (page == null || page.isEmpty() || page.length() > 6 || !page.chars().allMatch(Character::isDigit)) {
			return 1;
		}
		return Math.max(1, Math.min(Integer.parseInt(page), MAX_PAGE));
	}

	/** The values chosen for a facet. */
	public List<String> values(Facet facet) {
		return facet.values.apply(this);
	}

	public boolean isSelected(Facet facet, String value) {
		return values(facet).contains(value);
	}

	public boolean hasFilters() {
		return java.util.Arrays.stream(Facet.values()).anyMatch(f -> !values(f).isEmpty());
	}

	/** The same search with other words, keeping the filters and the order (for "did you mean"). */
	public CaseSearchQuery withText(String text) {
		return new CaseSearchQuery(text, goal, target, theme, country, city, orgType, year, budget, language, sort, null, award,
				more, takenUp);
	}

	/** Whether a facet lists all its values: the goals always (there are 17), another facet when asked to. */
	public boolean showsAll(Facet facet) {
		return facet == Facet.GOAL || facet.param.equals(more);
	}

	/** The values of a facet to list: the first {@link #FACET_VALUES_SHOWN}, and any chosen value after them. */
	public List<CaseSearchResult.FacetCount> shown(Facet facet, List<CaseSearchResult.FacetCount> counts) {
		if (showsAll(facet) || counts.size() <= FACET_VALUES_SHOWN) {
			return counts;
		}
		List<CaseSearchResult.FacetCount> shown = new ArrayList<>(counts.subList(0, FACET_VALUES_SHOWN));
		counts.subList(FACET_VALUES_SHOWN, counts.size()).stream()
			.filter(c -> isSelected(facet, c.value()))
			.forEach(shown::add);
		return shown;
	}

	/** This search with all the values of a facet listed. */
	public String showAll(Facet facet) {
		return link(Map.of(), 1, facet.param);
	}

	/** This search on another page. */
	public String link(int page) {
		return link(Map.of(), page);
	}

	/** This search with one facet value added or, if chosen already, removed; back on the first page. */
	public String toggle(Facet facet, String value) {
		List<String> values = new ArrayList<>(values(facet));
		if (!values.remove(value)) {
			values.add(value);
		}
		return link(Map.of(facet, values), 1);
	}

	private String link(Map<Facet, List<String>> replaced, int page) {
		return link(replaced, page, java.util.Arrays.stream(Facet.values()).anyMatch(f -> f.param.equals(more)) ? more : null);
	}

	private String link(Map<Facet, List<String>> replaced, int page, String listedInFull) {
		UriComponentsBuilder uri = builder(replaced);
		if (listedInFull != null) {
			uri.queryParam("more", listedInFull);
		}
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return QueryLinks.of(uri);
	}

	private UriComponentsBuilder builder(Map<Facet, List<String>> replaced) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
		if (!text().isEmpty()) {
			uri.queryParam("q", text());
		}
		for (Facet facet : Facet.values()) {
			for (String value : replaced.getOrDefault(facet, values(facet))) {
				uri.queryParam(facet.param, value);
			}
		}
		if (sort != null && List.of("newest", "relevance", "views", "replicated").contains(sort)) {
			uri.queryParam("sort", sort);
		}
		return uri;
	}

	private static List<String> list(List<String> values) {
		return values == null ? List.of()
				: values.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct()
					.limit(50).toList();
	}

	/** What results can be narrowed by: the query-string parameter and the index field of each. */
	public enum Facet {

		GOAL("goal", "goal", CaseSearchQuery::goal), TARGET("target", "target", CaseSearchQuery::target),
		THEME("theme", "theme", CaseSearchQuery::theme), COUNTRY("country", "country", CaseSearchQuery::country),
		CITY("city", "city", CaseSearchQuery::city), ORGANISATION_TYPE("orgType", "organisationType", CaseSearchQuery::orgType),
		YEAR("year", "year", CaseSearchQuery::year), BUDGET("budget", "budget", CaseSearchQuery::budget),
		LANGUAGE("language", "language", CaseSearchQuery::language), AWARD("award", "award", CaseSearchQuery::award),
		/** Replicated or adapted by another city at least once: one value, {@link #TAKEN_UP_YES}. */
		TAKEN_UP("takenUp", "takenUp", CaseSearchQuery::takenUp);

		final String param;

		public final String field;

		final Function<CaseSearchQuery, List<String>> values;

		Facet(String param, String field, Function<CaseSearchQuery, List<String>> values) {
			this.param = param;
			this.field = field;
			this.values = values;
		}

		public String param() {
			return param;
		}
	}
}
