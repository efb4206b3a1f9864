package org.urbansdg.calendar;

/** How people register: not at all, on the organiser's own site, or on this platform. */
enum RegistrationMode {
	NONE, EXTERNAL, PLATFORM
}
