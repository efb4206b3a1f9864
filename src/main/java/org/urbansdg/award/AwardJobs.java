package org.urbansdg.award;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The module's scheduled work, at the times {@link AwardSettings} gives (registered here rather than with
 * {@code @Scheduled}, whose placeholders would read the settings a second time, with defaults of their own).
 */
@Component
class AwardJobs implements SchedulingConfigurer {

	private final AwardSettings settings;

	private final AwardMails mails;

	private final Nominations nominations;

	AwardJobs(AwardSettings settings, AwardMails mails, Nominations nominations) {
		this.settings = settings;
		this.mails = mails;
		this.nominations = nominations;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addCronTask(mails::remindJudges, settings.reminderCron());
		registrar.addFixedDelayTask(nominations::freezeAllDue, settings.freezeInterval());
	}
}
