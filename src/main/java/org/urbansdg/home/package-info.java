/**
 * The home page: what the network has to show at a glance, gathered from the feature modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "sdg", "casestudy" })
package org.urbansdg.home;
