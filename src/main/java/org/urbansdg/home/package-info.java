/**
 * The home page, the sitemap and robots.txt: what the network has to show at a glance, gathered from the feature
 * modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "sdg", "casestudy", "news",
		"calendar" })
package org.urbansdg.home;
