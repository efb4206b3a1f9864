/**
 * Joint trainings: online courses with modules, lessons and quizzes, enrolments and progress, and a certificate on
 * completion issued through the certificate module.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "sdg", "member", "account", "certificate", "casestudy" })
package org.urbansdg.learning;
