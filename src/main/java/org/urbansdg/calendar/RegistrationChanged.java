package org.urbansdg.calendar;

/**
 * A registration was made, moved up from the waitlist or cancelled; the registrant is told by e-mail after commit.
 */
record RegistrationChanged(long registrationId, Kind kind) {

	enum Kind {
		REGISTERED, PROMOTED, CANCELLED
	}
}
