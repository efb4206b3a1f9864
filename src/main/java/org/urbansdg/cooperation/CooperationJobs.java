package org.urbansdg.cooperation;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The module's scheduled work (as casestudy's and training's): the requests' reminders at the time
 * {@link CooperationSettings} gives, and the challenges' daily expiry at the time {@link ChallengeSettings} gives
 * (two settings records, so that the {@code urbansdg.cooperation.*} and {@code urbansdg.challenges.*} names hold).
 */
@Component
class CooperationJobs implements SchedulingConfigurer {

	private final CooperationReminders reminders;

	private final CooperationSettings settings;

	private final Challenges challenges;

	private final ChallengeSettings challengeSettings;

	CooperationJobs(CooperationReminders reminders, CooperationSettings settings, Challenges challenges,
			ChallengeSettings challengeSettings) {
		this.reminders = reminders;
		this.settings = settings;
		this.challenges = challenges;
		this.challengeSettings = challengeSettings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addCronTask(reminders::remindAll, settings.reminderCron());
		registrar.addCronTask(challenges::expireOverdue, challengeSettings.expiryCron());
	}
}
