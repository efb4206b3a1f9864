package org.urbansdg.casestudy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code urbansdg.casestudy.*}, run by {@link CaseJobs}.
 *
 * @param verificationReminderCron when the editors of published cases due for their yearly check are asked to confirm
 * them (a Spring cron expression, server time; {@code -} turns it off)
 * @param viewsRefresh how often case page views are written to the search index for "most viewed" (ADR 6)
 */
@ConfigurationProperties("urbansdg.casestudy")
record CaseStudySettings(@DefaultValue("0 0 6 * * *") String verificationReminderCron,
		@DefaultValue("PT5M") Duration viewsRefresh) {
}
