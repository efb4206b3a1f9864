package org.urbansdg.sdg;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.urbansdg.shared.Locales;
import org.urbansdg.shared.WebSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The theme form and the SDG texts loaded at start follow the configured languages; English, which lookups fall back
 * to, is always among them.
 */
class ThemeLanguagesTests {

	static Locales locales(String... tags) {
		return new Locales(new WebSettings(List.of(tags).stream().map(Locale::forLanguageTag).toList(), ""));
	}

	static ThemeAdminController themes(String... tags) {
		return new ThemeAdminController(null, locales(tags));
	}

	static SdgCatalogueLoader loader(String... tags) {
		return new SdgCatalogueLoader(null, null, null, locales(tags), null, new DefaultResourceLoader());
	}

	@Test
	void theThemeFormNamesEachConfiguredLanguageAndEnglish() {
		assertThat(themes("en").languages()).containsExactly("en");
		assertThat(themes("en", "ko").languages()).containsExactly("en", "ko");
		assertThat(themes("ko").languages()).containsExactly("en", "ko");
	}

	@Test
	void namesAreReadForTheFormsLanguagesOnly() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("code", "green-jobs");
		form.add("name_en", "Green jobs");
		form.add("name_ko", "녹색 일자리");
		form.add("name_fr", "Emplois verts");
		assertThat(themes("en").names(form)).containsExactly(entry("en", "Green jobs"));
		assertThat(themes("en", "ko").names(form)).containsExactly(entry("en", "Green jobs"), entry("ko", "녹색 일자리"));
		// A field left out empties that language's name, as an empty field does.
		assertThat(themes("en", "ja").names(form)).containsExactly(entry("en", "Green jobs"), entry("ja", ""));
	}

	@Test
	void theShippedTextsOfEachConfiguredLanguageAreLoaded() {
		assertThat(loader("en").shippedLanguages()).containsExactly("en");
		assertThat(loader("en", "ko").shippedLanguages()).containsExactly("en", "ko");
		assertThat(loader("ko").shippedLanguages()).containsExactly("en", "ko");
		// Nothing is shipped for French: its texts come from urbansdg.sdg.import-dir, or the catalogue shows English.
		assertThat(loader("en", "fr", "ko").shippedLanguages()).containsExactly("en", "ko");
	}
}
