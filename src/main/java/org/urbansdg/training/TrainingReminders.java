package org.urbansdg.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds accepted and confirmed participants a few days before their session starts. Each application is marked
 * when its reminder is due, in the same transaction as the event that sends the mail (Modulith's registry delivers it
 * after commit), so running the job again, or on another node afterwards, sends nothing twice.
 */
@Component
class TrainingReminders {

	/**
	 * @param reminderDaysBefore participants are reminded when their session starts within this many days
	 * @param reminderCron when the job runs ({@code -} turns it off); both are also read under their earlier names
	 * {@code urbansdg.learning.*}, see application.properties
	 */
	@ConfigurationProperties("urbansdg.training")
	record Settings(@DefaultValue("3") int reminderDaysBefore, @DefaultValue("0 0 7 * * *") String reminderCron) {
	}

	private final TrainingSessionRepository sessions;

	private final TrainingApplicationRepository applications;

	private final ApplicationEventPublisher events;

	private final int daysBefore;

	private final Clock clock;

	TrainingReminders(TrainingSessionRepository sessions, TrainingApplicationRepository applications,
			ApplicationEventPublisher events, Settings settings, Optional<Clock> clock) {
		this.sessions = sessions;
		this.applications = applications;
		this.events = events;
		this.daysBefore = settings.reminderDaysBefore();
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Sessions starting from today to {@code daysBefore} days ahead; returns how many participants were reminded.
	 * Run by {@link TrainingJobs} through this bean's proxy: called from another method of this bean it would run
	 * without the transaction, and nothing would be marked or sent.
	 */
	@Transactional
	int remindUpcoming() {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		int reminded = 0;
		for (TrainingSession session : sessions.findByStartsOnBetween(today, today.plusDays(daysBefore))) {
			for (TrainingApplication a : applications.findBySessionIdAndRemindedAtIsNull(session.getId())) {
				if (a.holdsSeat()) {
					a.reminded(clock.instant());
					events.publishEvent(new TrainingStartsSoon(a.getId(), a.getUserId(), session.getTitle(),
							session.getId(), session.getStartsOn(), session.getVenue()));
					reminded++;
				}
			}
		}
		return reminded;
	}
}
