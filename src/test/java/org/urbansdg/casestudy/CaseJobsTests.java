package org.urbansdg.casestudy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.Task;
import org.urbansdg.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module's jobs run at the times {@code urbansdg.casestudy.*} gives: the tests set the views refresh to a day
 * and turn the verification reminder off ({@code -}).
 */
@PlatformTest
class CaseJobsTests {

	@Autowired
	ScheduledTaskHolder scheduler;

	@Test
	void theViewsRefreshWaitsItsIntervalAndTheReminderIsOff() {
		assertThat(jobs()).singleElement().isInstanceOfSatisfying(FixedDelayTask.class, f -> {
			assertThat(f.getIntervalDuration()).isEqualTo(Duration.ofHours(24));
			assertThat(f.getInitialDelayDuration()).isEqualTo(Duration.ofHours(24));
		});
	}

	/** The tasks {@link CaseJobs} registered. */
	List<Task> jobs() {
		return scheduler.getScheduledTasks().stream().map(ScheduledTask::getTask)
			.filter(t -> String.valueOf(t.getRunnable()).startsWith(CaseJobs.class.getName())).toList();
	}
}
