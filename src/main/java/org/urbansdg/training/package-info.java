/**
 * Training sessions with a call for applications: seats and a waitlist, supporting documents, reminders before the
 * start, attendance, and certificates of attendance issued through the certificate module.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "member", "account", "certificate" })
package org.urbansdg.training;
