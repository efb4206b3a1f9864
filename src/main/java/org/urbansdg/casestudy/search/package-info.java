/**
 * What a full-text search of published cases asks ({@link org.urbansdg.casestudy.search.CaseSearchQuery}) and answers
 * ({@link org.urbansdg.casestudy.search.CaseSearchResult}): the contract the search page of the {@code search} module
 * builds on; and what the matcher of practices asks ({@link org.urbansdg.casestudy.search.MatchQuery}) and answers
 * ({@link org.urbansdg.casestudy.search.PracticeMatch}, {@link org.urbansdg.casestudy.search.OrganisationMatch}), for
 * cities' challenges. The queries behind them stay in the base package (CaseStudySearchImpl, PracticeMatcher), as they
 * read the case's internals.
 */
@org.springframework.modulith.NamedInterface("search")
package org.urbansdg.casestudy.search;
