package org.urbansdg.casestudy;

/** Full-text search over published cases, a fragment of {@link CaseStudyRepository} backed by Hibernate Search. */
interface CaseStudySearch {

	CaseSearchResult search(CaseSearchQuery query);
}
