package org.urbansdg.member;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * ISO 3166-1 countries. The codes and their names in every language come from the JDK's locale data, so there is no
 * table to keep up to date and names follow the viewer's language.
 */
@Component("countries")
public class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	public boolean exists(String code) {
		return code != null && CODES.contains(code);
	}

	public String name(String code, Locale locale) {
		return code == null ? "" : new Locale("", code).getDisplayCountry(locale);
	}

	/** All codes, sorted by their name in the given language. */
	public List<String> codes(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.sorted(Comparator.comparing(code -> name(code, locale), collator))
			.toList();
	}
}
