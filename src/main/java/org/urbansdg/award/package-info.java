/**
 * The SDG City Awards: cycles with a timeline, nominations of published cases, screening, judging with weighted
 * criteria and conflicts of interest, the members' vote, ranking, results with badges and certificates.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "member", "account", "casestudy", "certificate" })
package org.urbansdg.award;
