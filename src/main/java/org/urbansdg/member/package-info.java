/**
 * Countries, cities and the member organisations of the network, with their membership status.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.urbansdg.member;
