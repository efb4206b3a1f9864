package org.urbansdg.shared;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The configured list decides what is offered, what forms accept and the language mail falls back to. */
class LocalesTests {

	static Locales of(String... tags) {
		return new Locales(new WebSettings(List.of(tags).stream().map(Locale::forLanguageTag).toList(), ""));
	}

	@Test
	void offersTheConfiguredLanguagesTheFirstTheDefault() {
		Locales locales = of("en", "ko");
		assertThat(locales.tags()).containsExactly("en", "ko");
		assertThat(locales.defaultLocale()).isEqualTo(Locale.ENGLISH);

		Locales englishOnly = of("en");
		assertThat(englishOnly.offered()).containsExactly(Locale.ENGLISH);
		assertThat(englishOnly.offers("en")).isTrue();
		assertThat(englishOnly.offers("ko")).isFalse();

		assertThat(of("ko", "en").defaultLocale()).isEqualTo(Locale.KOREAN);
	}

	@Test
	void aFormAcceptsExactlyTheConfiguredTags() {
		OfferedLanguage.Check englishOnly = new OfferedLanguage.Check(of("en"));
		assertThat(englishOnly.isValid("en", null)).isTrue();
		assertThat(englishOnly.isValid("ko", null)).isFalse();
		assertThat(englishOnly.isValid("EN", null)).isFalse();
		assertThat(englishOnly.isValid("x".repeat(5000), null)).isFalse();
		// Left to @NotBlank where a language is required; the profile may name none.
		assertThat(englishOnly.isValid("", null)).isTrue();
		assertThat(englishOnly.isValid(null, null)).isTrue();
		assertThat(new OfferedLanguage.Check(of("en", "ko")).isValid("ko", null)).isTrue();
	}

	@Test
	void aStoredLanguageNoLongerConfiguredFallsBackToTheDefault() {
		Locales locales = of("en", "ko");
		assertThat(locales.supported("ko")).isEqualTo(Locale.KOREAN);
		assertThat(locales.supported("ko-KR")).isEqualTo(Locale.KOREAN);
		assertThat(locales.supported("fr")).isEqualTo(Locale.ENGLISH);
		assertThat(locales.supported((String) null)).isEqualTo(Locale.ENGLISH);
		assertThat(locales.supported(" ")).isEqualTo(Locale.ENGLISH);
		assertThat(of("en").supported("ko")).isEqualTo(Locale.ENGLISH);
		assertThat(of("ko", "en").supported("fr")).isEqualTo(Locale.KOREAN);
		assertThat(locales.supported(Locale.forLanguageTag("ko-KR"))).isEqualTo(Locale.KOREAN);
		assertThat(locales.supported((Locale) null)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void atLeastOneLanguageIsConfigured() {
		assertThatThrownBy(() -> new WebSettings(List.of(), "")).hasMessageContaining("urbansdg.web.locales");
	}
}
