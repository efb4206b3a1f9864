/**
 * What a full-text search of published cases asks ({@link org.urbansdg.casestudy.search.CaseSearchQuery}) and answers
 * ({@link org.urbansdg.casestudy.search.CaseSearchResult}): the contract the search page of the {@code search} module
 * builds on. The query behind it stays in the base package (CaseStudySearchImpl), as it reads the case's internals.
 */
@org.springframework.modulith.NamedInterface("search")
package org.urbansdg.casestudy.search;
