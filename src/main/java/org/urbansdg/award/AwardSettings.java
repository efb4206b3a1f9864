package org.urbansdg.award;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code urbansdg.award.*}, run by {@link AwardJobs}.
 *
 * @param reminderBefore judges with unsubmitted score sheets are reminded once per cycle when judging closes within
 * this time
 * @param reminderCron when to look for judges to remind (a Spring cron expression; {@code -} turns it off)
 * @param freezeInterval how often the nominations of cycles whose nominations have closed are frozen as snapshots
 */
@ConfigurationProperties("urbansdg.award")
record AwardSettings(@DefaultValue("P2D") Duration reminderBefore, @DefaultValue("0 0 * * * *") String reminderCron,
		@DefaultValue("PT5M") Duration freezeInterval) {
}
