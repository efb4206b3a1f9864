package org.urbansdg.casestudy;

import org.urbansdg.casestudy.search.CaseSearchQuery;
import org.urbansdg.casestudy.search.CaseSearchResult;

/** Full-text search over published cases, a fragment of {@link CaseStudyRepository} backed by Hibernate Search. */
interface CaseStudySearch {

	CaseSearchResult search(CaseSearchQuery query);

	/** How many published cases the words find as typed, without facets, snippets or typo tolerance. */
	long count(String text);

	/** Published cases most like this one: sharing its targets and the words of its title and summary. */
	java.util.List<CaseStudy> similar(CaseStudy c, int limit);

	/** Other cities with published cases on any of this case's targets, with how many, most first. */
	java.util.List<CityCount> citiesOnSameTargets(CaseStudy c, int limit);
}
