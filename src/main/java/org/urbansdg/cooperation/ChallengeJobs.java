package org.urbansdg.cooperation;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Challenges' scheduled work at the time {@link ChallengeSettings} gives (as {@code CaseJobs}, {@code TrainingJobs}):
 * the daily expiry. Kept apart from the requests' {@code CooperationJobs} so that each part registers its own.
 */
@Component
class ChallengeJobs implements SchedulingConfigurer {

	private final Challenges challenges;

	private final ChallengeSettings settings;

	ChallengeJobs(Challenges challenges, ChallengeSettings settings) {
		this.challenges = challenges;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addCronTask(challenges::expireOverdue, settings.expiryCron());
	}
}
