package org.urbansdg.calendar;

/** What kind of gathering an event is. */
enum EventType {
	CONFERENCE, EXECUTIVE_COMMITTEE, FORUM, WEBINAR, TRAINING, PARTNER_EVENT
}
