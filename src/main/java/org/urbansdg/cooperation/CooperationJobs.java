package org.urbansdg.cooperation;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** The module's scheduled work at the time {@link CooperationSettings} gives (as casestudy's and training's). */
@Component
class CooperationJobs implements SchedulingConfigurer {

	private final CooperationReminders reminders;

	private final CooperationSettings settings;

	CooperationJobs(CooperationReminders reminders, CooperationSettings settings) {
		this.reminders = reminders;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addCronTask(reminders::remindAll, settings.reminderCron());
	}
}
