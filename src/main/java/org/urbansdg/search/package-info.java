/**
 * Search: the language analysers of the index, the search page over published cases, news, events and courses, and
 * rebuilding the index.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "sdg", "member", "casestudy", "casestudy :: search", "news", "calendar",
				"learning" })
package org.urbansdg.search;
