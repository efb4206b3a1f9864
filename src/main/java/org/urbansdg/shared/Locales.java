package org.urbansdg.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The interface languages ({@code urbansdg.web.locales}, the first the default): every choice of language asks here,
 * so that the setting alone decides what is offered. The page's language, the language selects of the forms
 * ({@code shared/form :: language}, {@code ${@locales.offered()}}), what those forms accept ({@link OfferedLanguage}),
 * the language mail is written in and the SDG texts loaded at start.
 */
@Component("locales")
public class Locales {

	private final List<Locale> offered;

	public Locales(WebSettings settings) {
		this.offered = settings.locales();
	}

	/** The languages offered, the default first. */
	public List<Locale> offered() {
		return offered;
	}

	/** The language tags offered ({@code en}, {@code ko}), as forms send and the database stores them. */
	public List<String> tags() {
		return offered.stream().map(Locale::toLanguageTag).toList();
	}

	public Locale defaultLocale() {
		return offered.get(0);
	}

	/** Whether a tag is exactly one of those offered. */
	public boolean offers(String tag) {
		return tag != null && tags().contains(tag);
	}

	/** The offered language closest to the one asked for (by language), or the default. */
	public Locale supported(Locale requested) {
		if (requested == null) {
			return defaultLocale();
		}
		return offered.stream()
			.filter(l -> l.getLanguage().equals(requested.getLanguage()))
			.findFirst()
			.orElse(defaultLocale());
	}

	/**
	 * The language to write in for a stored choice (a user's preferred language, a registrant's): that language while
	 * it is offered, else the default, also when none was chosen.
	 */
	public Locale supported(String tag) {
		return tag == null || tag.isBlank() ? defaultLocale() : supported(Locale.forLanguageTag(tag.strip()));
	}
}
