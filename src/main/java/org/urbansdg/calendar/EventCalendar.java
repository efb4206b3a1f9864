package org.urbansdg.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Actor;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;

/**
 * The calendar's application service: the lists and month view, the secretariat's changes to events, and
 * registrations with their capacity, waitlist and cancellation.
 */
@Service
@Transactional(readOnly = true)
public class EventCalendar {

	private final CalendarEventRepository events;

	private final RegistrationRepository registrations;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	EventCalendar(CalendarEventRepository events, RegistrationRepository registrations,
			ApplicationEventPublisher publisher, Optional<Clock> clock) {
		this.events = events;
		this.registrations = registrations;
		this.publisher = publisher;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The next events that have not ended, soonest first, for the home page. */
	public List<CalendarEvent> next(int limit) {
		return events.findByEndsAtAfterOrderByStartsAtAsc(now(), PageRequest.of(0, limit));
	}

	/** Every event, for the sitemap. */
	public List<CalendarEvent> all() {
		return events.findAllByOrderByStartsAtDesc();
	}

	List<CalendarEvent> upcoming(EventQuery query) {
		return query.filter(events.findByEndsAtAfterOrderByStartsAtAsc(now()));
	}

	List<CalendarEvent> past(EventQuery query) {
		return query.filter(events.findByEndsAtLessThanEqualOrderByStartsAtDesc(now()));
	}

	/** Events that take place at any time in the month, taken generously (a day either side) for zones. */
	List<CalendarEvent> during(YearMonth month, EventQuery query) {
		Instant from = month.atDay(1).minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		Instant to = month.plusMonths(1).atDay(1).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		return query.filter(events.findByStartsAtLessThanAndEndsAtGreaterThanOrderByStartsAtAsc(to, from));
	}

	CalendarEvent get(long id) {
		return events.findById(id).orElseThrow(NotFoundException::new);
	}

	@Transactional
	CalendarEvent create(CalendarEvent.Details details) {
		return events.save(new CalendarEvent(details, now()));
	}

	/** Changes an event; if that adds places, the waitlist moves up into them. */
	@Transactional
	void update(long id, CalendarEvent.Details details) {
		CalendarEvent event = events.findForUpdate(id).orElseThrow(NotFoundException::new);
		event.schedule(details, now());
		if (event.getCapacity() != null && !event.isPast(now())) {
			fillFreePlaces(event);
		}
	}

	private void fillFreePlaces(CalendarEvent event) {
		registrations.flush();
		long free = event.getCapacity() - confirmedCount(event.getId());
		for (; free > 0; free--) {
			Optional<Registration> next = registrations.findFirstByEventIdAndStatusOrderByCreatedAtAscIdAsc(
					event.getId(), Registration.Status.WAITLISTED);
			if (next.isEmpty()) {
				return;
			}
			next.get().promote(now());
			registrations.flush();
			publisher.publishEvent(new RegistrationChanged(next.get().getId(), RegistrationChanged.Kind.PROMOTED));
		}
	}

	/** The actor's live registration for the event, if any. */
	Optional<Registration> registrationOf(Actor actor, long eventId) {
		if (actor == null) {
			return Optional.empty();
		}
		return registrations.findFirstByEventIdAndUserIdAndStatusNot(eventId, actor.userId(),
				Registration.Status.CANCELLED);
	}

	long confirmedCount(long eventId) {
		return registrations.countByEventIdAndStatus(eventId, Registration.Status.CONFIRMED);
	}

	/**
	 * Registers the actor: a confirmed place while there is one, else a place on the waitlist.
	 * @throws DomainException {@code calendar.registration.notOnPlatform}, {@code calendar.registration.past},
	 * {@code calendar.registration.already} or {@code calendar.registration.answersMissing}
	 */
	@Transactional
	Registration register(Actor actor, long eventId, List<String> answers, java.util.Locale locale) {
		CalendarEvent event = events.findForUpdate(eventId).orElseThrow(NotFoundException::new);
		event.checkOpenForRegistration(now());
		if (registrationOf(actor, eventId).isPresent()) {
			throw new DomainException("calendar.registration.already");
		}
		List<String> given = answers == null ? List.of() : answers.stream().map(a -> a == null ? "" : a.strip()).toList();
		if (given.size() != event.getQuestions().size() || given.stream().anyMatch(String::isEmpty)) {
			throw new DomainException("calendar.registration.answersMissing");
		}
		if (given.stream().anyMatch(a -> a.length() > Registration.MAX_ANSWER)) {
			throw new DomainException("calendar.registration.answerTooLong", Registration.MAX_ANSWER);
		}
		boolean placeFree = confirmedCount(eventId) < event.getCapacity();
		Registration r = registrations.save(new Registration(eventId, actor.userId(), actor.displayName(),
				actor.email(), given, placeFree, locale, now()));
		publisher.publishEvent(new RegistrationChanged(r.getId(), RegistrationChanged.Kind.REGISTERED));
		return r;
	}

	Optional<Registration> byToken(String token) {
		return token == null ? Optional.empty() : registrations.findByCancelToken(token);
	}

	/**
	 * Cancels the registration the secret token names; a confirmed place goes to the first on the waitlist.
	 * @throws NotFoundException for an unknown token
	 * @throws DomainException {@code calendar.registration.alreadyCancelled}
	 */
	@Transactional
	CalendarEvent cancel(String token) {
		Registration r = byToken(token).orElseThrow(NotFoundException::new);
		CalendarEvent event = events.findForUpdate(r.getEventId()).orElseThrow(NotFoundException::new);
		boolean heldPlace = r.getStatus() == Registration.Status.CONFIRMED;
		r.cancel(now());
		publisher.publishEvent(new RegistrationChanged(r.getId(), RegistrationChanged.Kind.CANCELLED));
		if (heldPlace && event.getCapacity() != null && !event.isPast(now())) {
			fillFreePlaces(event);
		}
		return event;
	}

	/**
	 * The registrants of an event, for the secretariat and the organiser's editors and focal points.
	 * @throws NotFoundException for anyone else, so ids reveal nothing
	 */
	List<Registration> registrants(Actor actor, long eventId) {
		CalendarEvent event = get(eventId);
		if (!canSeeRegistrants(actor, event)) {
			throw new NotFoundException();
		}
		return registrations.findByEventIdOrderByCreatedAtAsc(eventId);
	}

	boolean canSeeRegistrants(Actor actor, CalendarEvent event) {
		return actor != null && (actor.isSecretariat() || actor.editsFor(event.getOrganiser().getId())
				|| actor.has(org.urbansdg.account.Role.FOCAL_POINT) && actor.actsFor(event.getOrganiser().getId()));
	}

	Optional<Registration> registration(long id) {
		return registrations.findById(id);
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return LocalDate.ofInstant(now(), ZoneOffset.UTC);
	}
}
