package org.urbansdg.calendar;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.urbansdg.shared.Locales;
import org.urbansdg.shared.Mailer;

/**
 * Tells registrants by e-mail, after the deciding transaction commits: a confirmation with the event as an
 * iCalendar attachment, a waitlist notice, the news that a place came free, and a cancellation receipt. Every
 * message carries the cancellation link. In the language the registrant used, while it is offered (else the default).
 */
@Component
class RegistrationMails {

	private final EventCalendar calendar;

	private final ICalendars icalendars;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Locales locales;

	RegistrationMails(EventCalendar calendar, ICalendars icalendars, Mailer mailer, MessageSource messages,
			Locales locales) {
		this.locales = locales;
		this.calendar = calendar;
		this.icalendars = icalendars;
		this.mailer = mailer;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(RegistrationChanged change) {
		Registration r = calendar.registration(change.registrationId()).orElse(null);
		if (r == null) {
			return;
		}
		CalendarEvent event = calendar.get(r.getEventId());
		String kind = switch (change.kind()) {
			case REGISTERED -> r.isWaitlisted() ? "waitlisted" : "confirmed";
			case PROMOTED -> "promoted";
			case CANCELLED -> "cancelled";
		};
		Locale locale = locales.supported(r.getLocale());
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.format(event.getLocalStart()) + " (" + event.getTimeZone() + ")";
		Object[] arguments = { event.getTitle(), when, mailer.link("/events/" + event.getId()),
				mailer.link("/events/registrations/cancel?token=" + r.getCancelToken()) };
		String subject = messages.getMessage("calendar.mail." + kind + ".subject", arguments, locale);
		String body = messages.getMessage("calendar.mail." + kind + ".body", arguments, locale);
		if (kind.equals("confirmed") || kind.equals("promoted")) {
			byte[] ics = icalendars.of(List.of(event)).getBytes(StandardCharsets.UTF_8);
			mailer.send(r.getEmail(), subject, body,
					new Mailer.Attachment("event-" + event.getId() + ".ics", "text/calendar; charset=UTF-8", ics));
		}
		else {
			mailer.send(r.getEmail(), subject, body);
		}
	}
}
