package org.urbansdg.member;

import java.text.Collator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Countries are the ISO 3166-1 codes the JDK knows, named and sorted in the viewer's language. */
class CountriesTests {

	final Countries countries = new Countries();

	@Test
	void onlyIsoCountryCodesExist() {
		assertThat(countries.exists("KR")).isTrue();
		assertThat(countries.exists("VN")).isTrue();
		assertThat(countries.exists("XX")).isFalse();
		assertThat(countries.exists("kr")).as("codes are upper case, as the forms send them").isFalse();
		assertThat(countries.exists("")).isFalse();
		assertThat(countries.exists(null)).isFalse();
	}

	@Test
	void aCountryIsNamedInTheViewersLanguage() {
		assertThat(countries.name("KR", Locale.ENGLISH)).isEqualTo("South Korea");
		assertThat(countries.name("KR", Locale.KOREAN)).isEqualTo("대한민국");
		assertThat(countries.name(null, Locale.ENGLISH)).isEmpty();
	}

	@Test
	void theChoiceOfCountriesIsSortedByNameInTheViewersLanguage() {
		for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
			List<String> names = countries.codes(locale).stream().map(code -> countries.name(code, locale)).toList();
			assertThat(names).hasSize(Locale.getISOCountries().length)
				.isSortedAccordingTo(Collator.getInstance(locale)::compare);
		}
	}
}
