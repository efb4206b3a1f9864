package org.urbansdg.casestudy;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The module's scheduled work at the times {@link CaseStudySettings} gives (registered here rather than with
 * {@code @Scheduled}, whose placeholders would read the settings a second time, with defaults of their own).
 */
@Component
class CaseJobs implements SchedulingConfigurer {

	private final CaseStudySettings settings;

	private final ReviewNotifications notifications;

	private final CaseViews views;

	CaseJobs(CaseStudySettings settings, ReviewNotifications notifications, CaseViews views) {
		this.settings = settings;
		this.notifications = notifications;
		this.views = views;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addCronTask(notifications::remindToVerify, settings.verificationReminderCron());
		// The first refresh waits one interval too: at start the index was just built or rebuilt.
		registrar.addFixedDelayTask(new FixedDelayTask(views::refreshIndex, settings.viewsRefresh(),
				settings.viewsRefresh()));
	}
}
