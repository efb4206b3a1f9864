package org.urbansdg.search;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.casestudy.CaseStudy;
import org.urbansdg.casestudy.CaseTextBinder;
import org.urbansdg.casestudy.search.CaseSearchQuery;
import org.urbansdg.casestudy.search.CaseSearchResult;

/**
 * The search page: a plain GET form, so every search has a URL; facets are links that add or remove one value.
 * htmx swaps only the results when a facet or page link is followed, and the page works the same without it.
 */
@Controller
class SearchController {

	static final String PAGE = "search/search";

	static final String RESULTS_FRAGMENT = "search/search :: results";

	/** Fewer results than this, and a corrected spelling is offered if it finds more. */
	static final int FEW = 3;

	private final CaseStudies caseStudies;

	private final FacetLists facetLists;

	private final SpellCheck spellCheck;

	private final ContentSearch contentSearch;

	SearchController(CaseStudies caseStudies, FacetLists facetLists, SpellCheck spellCheck, ContentSearch contentSearch) {
		this.caseStudies = caseStudies;
		this.facetLists = facetLists;
		this.spellCheck = spellCheck;
		this.contentSearch = contentSearch;
	}

	/**
	 * Every parameter binds as text, so no input fails binding; the search itself checks each value. The response
	 * tells in a {@code Server-Timing} header how long the search engine took ({@code search}) and how long this
	 * handler took in all, before the page is rendered ({@code handler}), so a benchmark can set them against the
	 * latency over HTTP (bench/search-benchmark.sh).
	 */
	@GetMapping("/search")
	String search(@ModelAttribute("query") CaseSearchQuery query,
			@ModelAttribute("contentQuery") ContentQuery contentQuery, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
		long started = System.nanoTime();
		ContentType current = contentQuery.contentType();
		if (current != ContentType.CASES) {
			ContentResult content = contentSearch.search(contentQuery);
			model.addAttribute("items", content);
			model.addAttribute("didYouMean", didYouMean(contentQuery, content));
			model.addAttribute("tabs", tabs(query, contentQuery, content.total()));
			return htmx != null ? RESULTS_FRAGMENT : PAGE;
		}
		CaseSearchResult result = caseStudies.search(query);
		model.addAttribute("result", result);
		model.addAttribute("didYouMean", didYouMean(query, result));
		model.addAttribute("tabs", tabs(query, contentQuery, result.total()));
		model.addAttribute("facets", FacetLists.ORDER);
		model.addAttribute("facetLists", facetLists.of(query, result));
		response.setHeader("Server-Timing", serverTiming(result.took(), Duration.ofNanos(System.nanoTime() - started)));
		return htmx != null ? RESULTS_FRAGMENT : PAGE;
	}

	/**
	 * When the words find little or nothing, the same search (filters and order kept) with its misspelt words
	 * corrected from the words of the index, if that finds more; null otherwise.
	 */
	private Correction didYouMean(CaseSearchQuery query, CaseSearchResult result) {
		String text = query.text();
		if (text.isEmpty() || (result.total() >= FEW && !result.fuzzy())) {
			return null;
		}
		return spellCheck.correct(CaseStudy.class, CaseTextBinder.SPELLING, text)
			.map(query::withText)
			.filter(corrected -> caseStudies.search(corrected).total() > (result.fuzzy() ? 0 : result.total()))
			.map(corrected -> new Correction(corrected.text(), corrected.link(1)))
			.orElse(null);
	}

	private Correction didYouMean(ContentQuery query, ContentResult result) {
		String text = query.text();
		if (text.isEmpty() || (result.total() >= FEW && !result.fuzzy())) {
			return null;
		}
		ContentType type = query.contentType();
		return spellCheck.correct(type.entity, CaseTextBinder.SPELLING, text)
			.filter(corrected -> contentSearch.count(type, CaseSearchQuery.of(corrected).text()) > (result.fuzzy() ? 0
					: result.total()))
			.map(corrected -> new Correction(corrected, query.withText(corrected)))
			.orElse(null);
	}

	/**
	 * One tab per type with how many items the words find: the current tab counts its own search (with the
	 * filters on cases), the others the words alone, since following a tab starts without filters.
	 */
	private List<Tab> tabs(CaseSearchQuery query, ContentQuery contentQuery, long currentTotal) {
		ContentType current = contentQuery.contentType();
		String text = contentQuery.text();
		return java.util.Arrays.stream(ContentType.values()).map(type -> {
			if (type == current) {
				return new Tab(type, currentTotal, type == ContentType.CASES ? query.link(1) : contentQuery.link(1), true);
			}
			long count = type == ContentType.CASES ? caseStudies.count(text)
					: contentSearch.count(type, text);
			return new Tab(type, count, contentQuery.tab(type), false);
		}).toList();
	}

	/** A tab of the search page. Public for the template engine. */
	public record Tab(ContentType type, long count, String link, boolean current) {
	}

	/** A corrected query and the link that runs it. Public for the template engine. */
	public record Correction(String text, String link) {
	}

	/** The header value, in milliseconds with a fraction: {@code search;dur=3.2, handler;dur=7.9}. */
	static String serverTiming(Duration search, Duration handler) {
		return String.format(Locale.ROOT, "search;dur=%.1f, handler;dur=%.1f", search.toNanos() / 1e6,
				handler.toNanos() / 1e6);
	}
}
