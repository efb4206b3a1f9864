package org.urbansdg.casestudy;

import org.urbansdg.casestudy.search.CaseSearchQuery;
import org.urbansdg.casestudy.search.CaseSearchResult;

/** Full-text search over published cases, a fragment of {@link CaseStudyRepository} backed by Hibernate Search. */
interface CaseStudySearch {

	CaseSearchResult search(CaseSearchQuery query);

	/** How many published cases the words find as typed, without facets, snippets or typo tolerance. */
	long count(String text);

	/** Other cities with published cases on any of this case's targets, with how many, most first. */
	java.util.List<CityCount> citiesOnSameTargets(CaseStudy c, int limit);
}
