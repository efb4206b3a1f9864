package org.urbansdg.casestudy;

import java.util.List;

/** Languages a case study can be written in: those of the region, plus the UN languages used in it. */
final class CaseLanguages {

	static final List<String> CODES = List.of("en", "ko", "ja", "zh", "th", "id", "ms", "vi", "fil", "km", "lo", "my",
			"mn", "ne", "bn", "hi", "ur", "si", "ta", "ru", "fr", "es", "ar");

	private CaseLanguages() {
	}
}
