package org.urbansdg.calendar;

import java.net.URI;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.stereotype.Component;
import org.urbansdg.shared.Mailer;

/**
 * iCalendar (RFC 5545) for one event or the feed of upcoming ones. Times are written in UTC, which every calendar
 * client accepts without a VTIMEZONE block; the event's own zone is named in the description.
 */
@Component
class ICalendars {

	static final String PRODUCT = "-//Urban SDG Knowledge Platform//Calendar//EN";

	private final Mailer mailer;

	ICalendars(Mailer mailer) {
		this.mailer = mailer;
	}

	String of(List<CalendarEvent> events) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Method("PUBLISH"));
		for (CalendarEvent e : events) {
			calendar.add(vevent(e));
		}
		try {
			java.io.StringWriter out = new java.io.StringWriter();
			new CalendarOutputter(false).output(calendar, out);
			return out.toString();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private VEvent vevent(CalendarEvent e) {
		VEvent v = new VEvent(e.getStartsAt(), e.getEndsAt(), e.getTitle());
		String link = mailer.link("/events/" + e.getId());
		v.add(new Uid("event-" + e.getId() + "@urbansdg"));
		v.add(new Description(e.getDescription() + "\n\n" + e.getTimeZone() + "\n" + link));
		v.add(new Url(URI.create(link)));
		String location = e.isOnline() ? e.getOnlineUrl()
				: String.join(", ", java.util.stream.Stream.of(e.getVenue(), e.getCity(), e.getCountryCode())
					.filter(java.util.Objects::nonNull)
					.toList());
		if (!location.isEmpty()) {
			v.add(new Location(location));
		}
		return v;
	}
}
