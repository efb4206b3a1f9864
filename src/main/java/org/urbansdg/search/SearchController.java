package org.urbansdg.search;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.urbansdg.casestudy.CaseSearchQuery;
import org.urbansdg.casestudy.CaseSearchResult;
import org.urbansdg.casestudy.CaseSearchQuery.Facet;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.member.City;
import org.urbansdg.member.Members;

/**
 * The search page: a plain GET form, so every search has a URL; facets are links that add or remove one value.
 * htmx swaps only the results when a facet or page link is followed, and the page works the same without it.
 */
@Controller
class SearchController {

	static final String PAGE = "search/search";

	static final String RESULTS_FRAGMENT = "search/search :: results";

	/** The facets in the order the page shows them. */
	static final List<Facet> FACETS = List.of(Facet.GOAL, Facet.TARGET, Facet.THEME, Facet.COUNTRY, Facet.CITY,
			Facet.ORGANISATION_TYPE, Facet.YEAR, Facet.BUDGET, Facet.LANGUAGE);

	private final CaseStudies caseStudies;

	private final Members members;

	SearchController(CaseStudies caseStudies, Members members) {
		this.caseStudies = caseStudies;
		this.members = members;
	}

	/**
	 * Every parameter binds as text, so no input fails binding; the search itself checks each value. The response
	 * tells in a {@code Server-Timing} header how long the search engine took ({@code search}) and how long this
	 * handler took in all, before the page is rendered ({@code handler}), so a benchmark can set them against the
	 * latency over HTTP (bench/search-benchmark.sh).
	 */
	@GetMapping("/search")
	String search(@ModelAttribute("query") CaseSearchQuery query, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
		long started = System.nanoTime();
		CaseSearchResult result = caseStudies.search(query);
		model.addAttribute("result", result);
		model.addAttribute("facets", FACETS);
		Map<String, String> cityNames = members.cities().stream()
			.collect(Collectors.toMap(c -> String.valueOf(c.getId()), City::getName, (a, b) -> a));
		model.addAttribute("cityNames", cityNames);
		response.setHeader("Server-Timing", serverTiming(result.took(), Duration.ofNanos(System.nanoTime() - started)));
		return htmx != null ? RESULTS_FRAGMENT : PAGE;
	}

	/** The header value, in milliseconds with a fraction: {@code search;dur=3.2, handler;dur=7.9}. */
	static String serverTiming(Duration search, Duration handler) {
		return String.format(Locale.ROOT, "search;dur=%.1f, handler;dur=%.1f", search.toNanos() / 1e6,
				handler.toNanos() / 1e6);
	}
}
