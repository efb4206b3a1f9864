package org.urbansdg.cooperation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.urbansdg.shared.Mailer;

/**
 * The reminders of {@link CooperationJobs}: the owning organisation of a request still unanswered after
 * {@link CooperationSettings#answerWithin()} (again at most once every {@link CooperationSettings#overdueReminderEvery()}),
 * and the requesting organisation six and twelve months after a cooperation closed with something taken up (each
 * once; not after "not pursued" or a withdrawal).
 * <p>
 * Each run first claims the due rows with one conditional UPDATE ... RETURNING, committed on its own (no transaction
 * here: the statement commits as it ends), and only then mails. Two runs at once, on one node or two, meet on the row
 * locks: the second UPDATE waits for the first, re-reads the marker it set, and no longer finds the row due, so each
 * reminder is sent once. A mail that cannot be sent is logged ({@link Mailer}) and not retried in the same interval.
 * Mails name the case and the other organisation and link to the request: nothing the cities wrote.
 */
@Component
class CooperationReminders {

	/** Reminded of an answer: requested long enough ago, not reminded within the interval. */
	private static final String CLAIM_OVERDUE = """
			UPDATE cooperation_request SET overdue_reminded_at = ?
			WHERE status = 'REQUESTED' AND requested_at <= ?
			  AND (overdue_reminded_at IS NULL OR overdue_reminded_at <= ?)
			RETURNING id""";

	/** Six months: closed between twelve and six months ago (a twelve-month reminder replaces a missed one). */
	private static final String CLAIM_SIX_MONTHS = """
			UPDATE cooperation_request SET reminded_6m_at = ?
			WHERE status = 'CLOSED' AND outcome <> 'NOT_PURSUED' AND reminded_6m_at IS NULL
			  AND closed_at <= ? AND closed_at > ?
			RETURNING id""";

	private static final String CLAIM_TWELVE_MONTHS = """
			UPDATE cooperation_request SET reminded_12m_at = ?, reminded_6m_at = COALESCE(reminded_6m_at, ?)
			WHERE status = 'CLOSED' AND outcome <> 'NOT_PURSUED' AND reminded_12m_at IS NULL AND closed_at <= ?
			RETURNING id""";

	private final JdbcTemplate jdbc;

	private final CooperationRequestRepository requests;

	private final CooperationMail mail;

	private final CooperationSettings settings;

	private final Clock clock;

	CooperationReminders(JdbcTemplate jdbc, CooperationRequestRepository requests, CooperationMail mail,
			CooperationSettings settings, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.mail = mail;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The job: every kind of reminder, now. */
	void remindAll() {
		Instant now = clock.instant();
		remindOverdue(now);
		remindToShareResults(now);
	}

	/** Reminds the owners of overdue requests; returns the ids of the requests they were reminded of. */
	List<Long> remindOverdue(Instant now) {
		List<Long> claimed = jdbc.queryForList(CLAIM_OVERDUE, Long.class, ts(now), ts(now.minus(settings.answerWithin())),
				ts(now.minus(settings.overdueReminderEvery())));
		for (long id : claimed) {
			requests.findById(id).ifPresent(request -> {
				long days = Duration.between(request.getRequestedAt(), now).toDays();
				mail.send(mail.ownerSide(request), "reminder.overdue",
						arguments(request, request.getRequestingOrganisationId(), days));
			});
		}
		return claimed;
	}

	/** Reminds the requesting side to share results, six and twelve months after closing; returns the ids. */
	List<Long> remindToShareResults(Instant now) {
		Instant sixMonthsAgo = now.atZone(ZoneOffset.UTC).minusMonths(6).toInstant();
		Instant twelveMonthsAgo = now.atZone(ZoneOffset.UTC).minusMonths(12).toInstant();
		List<Long> twelve = jdbc.queryForList(CLAIM_TWELVE_MONTHS, Long.class, ts(now), ts(now), ts(twelveMonthsAgo));
		twelve.forEach(id -> remindRequester(id, "reminder.twelveMonths"));
		List<Long> six = jdbc.queryForList(CLAIM_SIX_MONTHS, Long.class, ts(now), ts(sixMonthsAgo), ts(twelveMonthsAgo));
		six.forEach(id -> remindRequester(id, "reminder.sixMonths"));
		return java.util.stream.Stream.concat(six.stream(), twelve.stream()).toList();
	}

	/** The person who asked (while they still act for it) and the requesting organisation's editors. */
	private void remindRequester(long id, String key) {
		requests.findById(id).ifPresent(request -> mail.send(mail.requesterSide(request), key,
				arguments(request, request.getOwnerOrganisationId(), 0)));
	}

	/** {0} the case's title, {1} the other organisation, {2} the link to the request, {3} days waiting. */
	private Object[] arguments(CooperationRequest request, long otherOrganisationId, long days) {
		Object[] common = mail.arguments(request, otherOrganisationId);
		return new Object[] { common[0], common[1], common[2], days };
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}
}
