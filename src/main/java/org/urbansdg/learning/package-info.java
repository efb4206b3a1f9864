/**
 * Online courses with modules, lessons and quizzes, enrolments and progress, and a certificate on completion issued
 * through the certificate module; the teaching dashboard lists the training sessions a trainer runs (read through
 * {@code training}'s public {@code Trainings.managedBy}).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "sdg", "member", "account", "certificate", "casestudy", "training" })
package org.urbansdg.learning;
