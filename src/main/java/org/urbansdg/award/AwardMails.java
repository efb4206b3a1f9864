package org.urbansdg.award;

import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.urbansdg.account.Accounts;
import org.urbansdg.shared.Mailer;

/**
 * E-mail at each step of a cycle, sent after the deciding transaction commits: nomination received, screening
 * decision, judge invitation, the reminder before judging closes (scheduled) and the results.
 */
@Component
class AwardMails {

	private final Accounts accounts;

	private final Nominations nominations;

	private final AwardCycles cycles;

	private final Judging judging;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Duration reminderBefore;

	AwardMails(Accounts accounts, Nominations nominations, AwardCycles cycles, Judging judging, Mailer mailer,
			MessageSource messages, AwardSettings settings) {
		this.accounts = accounts;
		this.nominations = nominations;
		this.cycles = cycles;
		this.judging = judging;
		this.mailer = mailer;
		this.messages = messages;
		this.reminderBefore = settings.reminderBefore();
	}

	@ApplicationModuleListener
	void on(NominationReceived event) {
		Nomination n = nominations.get(event.nominationId());
		AwardCycle cycle = cycles.get(n.getCycleId());
		send(n.getNominatedBy(), "award.mail.received", n.getSnapshotTitle(), cycle.getName(),
				mailer.link("/awards/nominations/" + n.getId()));
	}

	@ApplicationModuleListener
	void on(NominationScreened event) {
		Nomination n = nominations.get(event.nominationId());
		AwardCycle cycle = cycles.get(n.getCycleId());
		String key = n.isEligible() ? "award.mail.eligible" : "award.mail.ineligible";
		send(n.getNominatedBy(), key, n.getSnapshotTitle(), cycle.getName(),
				mailer.link("/awards/nominations/" + n.getId()), n.getScreeningReason() == null ? "" : n.getScreeningReason());
	}

	@ApplicationModuleListener
	void on(JudgeInvited event) {
		AwardCycle cycle = cycles.get(event.cycleId());
		send(event.userId(), "award.mail.judge", cycle.getName(), cycle.category(event.categoryId()).getName(),
				mailer.link("/judging/" + cycle.getId()));
	}

	@ApplicationModuleListener
	void on(AwardResultsPublished event) {
		AwardCycle cycle = cycles.get(event.cycleId());
		Set<Long> told = new HashSet<>();
		for (Nomination n : nominations.ofCycle(cycle.getId())) {
			if (told.add(n.getNominatedBy())) {
				send(n.getNominatedBy(), "award.mail.results", cycle.getName(),
						mailer.link("/awards/" + cycle.getId() + "/results"), mailer.link("/account/certificates"));
			}
		}
	}

	/**
	 * Reminds judges with unsubmitted score sheets, once per cycle, shortly before judging closes ({@link AwardJobs}
	 * runs it).
	 */
	void remindJudges() {
		Set<Long> cyclesReminded = new HashSet<>();
		for (Judging.Reminder r : judging.remindersDue(reminderBefore)) {
			AwardCycle cycle = cycles.get(r.cycleId());
			send(r.judgeId(), "award.mail.reminder", cycle.getName(), mailer.link("/judging/" + cycle.getId()));
			cyclesReminded.add(r.cycleId());
		}
		cyclesReminded.forEach(judging::markReminded);
	}

	private void send(long userId, String key, Object... arguments) {
		var profile = accounts.profile(userId);
		Locale locale = profile.locale();
		mailer.send(profile.email(), messages.getMessage(key + ".subject", arguments, locale),
				messages.getMessage(key + ".body", arguments, locale));
	}
}
