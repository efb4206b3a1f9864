package org.urbansdg.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Relative time comes from the message bundles, in the reader's language. */
class FormatsTests {

	final Formats formats;

	FormatsTests() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/shared");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		formats = new Formats(messages);
	}

	final Instant now = Instant.parse("2026-11-28T12:00:00Z");

	String ago(Duration d, Locale locale) {
		return formats.relative(now.minus(d), now, locale);
	}

	@Test
	void pastMomentsInEnglish() {
		assertThat(ago(Duration.ofSeconds(20), Locale.ENGLISH)).isEqualTo("just now");
		assertThat(ago(Duration.ofMinutes(5), Locale.ENGLISH)).isEqualTo("5 minutes ago");
		assertThat(ago(Duration.ofHours(1), Locale.ENGLISH)).isEqualTo("an hour ago");
		assertThat(ago(Duration.ofDays(1), Locale.ENGLISH)).isEqualTo("yesterday");
		assertThat(ago(Duration.ofDays(3), Locale.ENGLISH)).isEqualTo("3 days ago");
		assertThat(ago(Duration.ofDays(95), Locale.ENGLISH)).isEqualTo("3 months ago");
		assertThat(ago(Duration.ofDays(800), Locale.ENGLISH)).isEqualTo("2 years ago");
	}

	@Test
	void futureMomentsAndKorean() {
		assertThat(formats.relative(now.plus(Duration.ofDays(14)), now, Locale.ENGLISH)).isEqualTo("in 2 weeks");
		assertThat(ago(Duration.ofDays(95), Locale.KOREAN)).isEqualTo("3개월 전");
		assertThat(ago(Duration.ofDays(1), Locale.KOREAN)).isEqualTo("어제");
		assertThat(formats.relative(now.plus(Duration.ofDays(2)), now, Locale.KOREAN)).isEqualTo("2일 후");
	}
}
