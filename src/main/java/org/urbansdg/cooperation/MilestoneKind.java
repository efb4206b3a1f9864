package org.urbansdg.cooperation;

/** The steps of work in progress recorded as dated milestones ({@code cooperation_milestone.kind}). */
enum MilestoneKind {
	DOCUMENTS_SHARED, CALL_OR_MEETING, STUDY_VISIT, WORKSHOP, AGREEMENT_SIGNED, PILOT_STARTED
}
