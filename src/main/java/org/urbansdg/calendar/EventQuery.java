package org.urbansdg.calendar;

import java.util.List;

/** The filters of the event lists, from the query string. Unknown values simply match nothing. */
record EventQuery(EventType type, String country, Integer goal) {

	static final EventQuery ALL = new EventQuery(null, null, null);

	boolean matches(CalendarEvent e) {
		return (type == null || e.getType() == type)
				&& (country == null || country.isBlank() || country.equals(e.getCountryCode()))
				&& (goal == null || e.getGoals().contains(goal));
	}

	List<CalendarEvent> filter(List<CalendarEvent> events) {
		return events.stream().filter(this::matches).toList();
	}
}
