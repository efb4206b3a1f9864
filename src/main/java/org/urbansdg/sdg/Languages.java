package org.urbansdg.sdg;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Language tags as the catalogue stores them ({@code en}, {@code ko}, {@code zh-Hans}, {@code nb-NO}). */
final class Languages {

	static final String ENGLISH = "en";

	private Languages() {
	}

	/**
	 * The stored languages to try for a locale, best first: the full tag, the language with its script, the language
	 * alone, then English, which the catalogue always has.
	 */
	static List<String> lookupOrder(Locale locale) {
		Set<String> order = new LinkedHashSet<>();
		if (locale != null && !locale.getLanguage().isEmpty()) {
			order.add(locale.toLanguageTag());
			if (!locale.getScript().isEmpty()) {
				order.add(locale.getLanguage() + "-" + locale.getScript());
			}
			else if (locale.getLanguage().equals("zh")) {
				// Browsers say zh-CN or zh-TW rather than naming the script, and translations come per script.
				order.add(Set.of("TW", "HK", "MO").contains(locale.getCountry()) ? "zh-Hant" : "zh-Hans");
			}
			order.add(locale.getLanguage());
		}
		order.add(ENGLISH);
		return List.copyOf(order);
	}

	/**
	 * The stored form of a language tag, or {@code null} if it is not one. Folder names such as {@code nb_NO} use an
	 * underscore; the catalogue stores the BCP 47 form that {@link Locale#toLanguageTag()} gives.
	 */
	static String normalise(String tag) {
		if (tag == null || tag.isBlank() || tag.length() > 16) {
			return null;
		}
		String hyphenated = tag.strip().replace('_', '-');
		Locale locale = Locale.forLanguageTag(hyphenated);
		String normal = locale.toLanguageTag();
		// forLanguageTag drops what it cannot read instead of failing; a tag that changes beyond case was not valid.
		if (locale.getLanguage().isEmpty() || !normal.equalsIgnoreCase(hyphenated)) {
			return null;
		}
		return normal;
	}
}
