/**
 * Search: the language analysers of the index, the search page over published cases, and rebuilding the index.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "sdg", "member", "casestudy" })
package org.urbansdg.search;
