package org.urbansdg.cooperation;

/** The kinds of help a city can ask for; a request names one or more. */
enum HelpKind {
	INFORMATION, CALL, STUDY_VISIT, TECHNICAL_ASSISTANCE, STAFF_EXCHANGE, JOINT_PROJECT
}
