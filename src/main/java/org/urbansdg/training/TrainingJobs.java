package org.urbansdg.training;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** The module's scheduled work, at the time {@link TrainingReminders.Settings} gives (as award's and casestudy's). */
@Component
class TrainingJobs implements SchedulingConfigurer {

	private final TrainingReminders reminders;

	private final TrainingReminders.Settings settings;

	TrainingJobs(TrainingReminders reminders, TrainingReminders.Settings settings) {
		this.reminders = reminders;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addCronTask(reminders::remindUpcoming, settings.reminderCron());
	}
}
