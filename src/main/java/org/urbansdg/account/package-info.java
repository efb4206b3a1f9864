/**
 * User accounts: registration with e-mail confirmation, sign-in, password reset, profiles, roles and the affiliation
 * of users with member organisations.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "member" })
package org.urbansdg.account;
