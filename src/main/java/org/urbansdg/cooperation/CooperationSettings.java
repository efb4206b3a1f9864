package org.urbansdg.cooperation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The secretariat's pipeline and the reminder job ({@link CooperationJobs}; challenges' expiry has {@link ChallengeSettings}).
 * @param answerWithin a request still unanswered after this long is overdue: highlighted in the pipeline, its owners
 *        reminded
 * @param overdueReminderEvery an overdue request's owners are reminded at most once in this interval
 * @param reminderCron when the reminder job runs ({@code -} turns it off)
 */
@ConfigurationProperties("urbansdg.cooperation")
record CooperationSettings(@DefaultValue("14d") Duration answerWithin, @DefaultValue("7d") Duration overdueReminderEvery,
		@DefaultValue("0 30 7 * * *") String reminderCron) {
}
