package org.urbansdg.casestudy.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.urbansdg.casestudy.CaseStudy;
import org.urbansdg.casestudy.search.CaseSearchQuery.Facet;

/**
 * One page of search results: the cases with a snippet each, how many matched in all, the count of each facet value
 * (for a facet with values chosen, counted as if that facet alone were not chosen, so the alternatives show what
 * choosing them would add), the facet values that were ignored as unknown, and whether the words only matched with
 * spelling tolerance; and how long the search engine took for all the queries behind this page (as the engine reports
 * it, without loading the cases from the database), for the {@code Server-Timing} header.
 */
public record CaseSearchResult(List<Hit> hits, long total, int page, Map<Facet, List<FacetCount>> facets,
		List<String> ignored, boolean fuzzy, Duration took) {

	public int pageCount() {
		return (int) Math.min(CaseSearchQuery.MAX_PAGE, (total + CaseSearchQuery.PAGE_SIZE - 1) / CaseSearchQuery.PAGE_SIZE);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pageCount();
	}

	public List<FacetCount> facet(Facet facet) {
		return facets.getOrDefault(facet, List.of());
	}

	/**
	 * A case that matched, and a snippet of its text around the words found as HTML: the text is escaped and only the
	 * {@code <mark>} tags around matches are markup. Null when no text matched (a search by facets only).
	 */
	public record Hit(CaseStudy caseStudy, String snippetHtml) {
	}

	public record FacetCount(String value, long count) {
	}
}
