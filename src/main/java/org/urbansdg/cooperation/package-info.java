/**
 * City-to-city cooperation: a member organisation asks to learn from another's published practice, the two work
 * together in a private thread with milestones, and the outcome is counted back on the case (through
 * {@link org.urbansdg.casestudy.PracticeTakenUp}); cities' challenges matched to practices; the secretariat's
 * pipeline. Reacts to the case-study module and never the other way round.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "sdg", "member", "account", "casestudy", "casestudy :: search" })
package org.urbansdg.cooperation;
