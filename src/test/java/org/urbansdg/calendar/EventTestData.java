package org.urbansdg.calendar;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.urbansdg.member.Organisation;

/** Events for tests in other packages (the calendar module's own methods are package-private). */
public final class EventTestData {

	private EventTestData() {
	}

	public static CalendarEvent event(EventCalendar calendar, Organisation organiser, String title, String description,
			String language, int startInDays) {
		LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(startInDays).withNano(0);
		return calendar.create(new CalendarEvent.Details(title, description, EventType.TRAINING, start,
				start.plusHours(3), "Asia/Seoul", "City Hall", "Seoul", "KR", null, organiser, Set.of(), Set.of(11),
				language, RegistrationMode.NONE, null, null, List.of()));
	}

	/** An event a month ahead that takes registrations on the platform, with these questions. */
	public static CalendarEvent withRegistration(EventCalendar calendar, Organisation organiser, String title,
			List<String> questions) {
		LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);
		return calendar.create(new CalendarEvent.Details(title, "Registration on the platform.", EventType.TRAINING,
				start, start.plusHours(3), "Asia/Seoul", "City Hall", "Seoul", "KR", null, organiser, Set.of(),
				Set.of(11), "en", RegistrationMode.PLATFORM, null, 1000, questions));
	}
}
