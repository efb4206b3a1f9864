package org.urbansdg.cooperation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Challenges' settings.
 *
 * @param graceDays an open challenge expires this many days after the date it needed help by
 * @param expiryCron when the expiry job runs (a Spring cron expression, server time; {@code -} turns it off)
 * @param furthest how many days ahead a challenge may ask for help by
 */
@ConfigurationProperties("urbansdg.challenges")
record ChallengeSettings(@DefaultValue("14") int graceDays, @DefaultValue("0 15 5 * * *") String expiryCron,
		@DefaultValue("1095") int furthest) {
}
