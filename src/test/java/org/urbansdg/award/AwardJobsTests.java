package org.urbansdg.award;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.Task;
import org.urbansdg.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The judges' reminder and the freezing of snapshots run at the times {@code urbansdg.award.*} gives. */
@PlatformTest
class AwardJobsTests {

	@Autowired
	ScheduledTaskHolder scheduler;

	@Autowired
	AwardSettings settings;

	@Test
	void theSettingsGiveTheReminderAndTheFreezingTheirTimes() {
		assertThat(settings.reminderBefore()).isEqualTo(Duration.ofDays(2));
		assertThat(jobs()).anySatisfy(t -> assertThat(t).isInstanceOfSatisfying(CronTask.class,
				c -> assertThat(c.getExpression()).isEqualTo("0 0 * * * *")));
		assertThat(jobs()).anySatisfy(t -> assertThat(t).isInstanceOfSatisfying(FixedDelayTask.class,
				f -> assertThat(f.getIntervalDuration()).isEqualTo(Duration.ofMinutes(5))));
	}

	/** The tasks {@link AwardJobs} registered. */
	java.util.List<Task> jobs() {
		return scheduler.getScheduledTasks().stream().map(ScheduledTask::getTask)
			.filter(t -> String.valueOf(t.getRunnable()).startsWith(AwardJobs.class.getName())).toList();
	}
}
