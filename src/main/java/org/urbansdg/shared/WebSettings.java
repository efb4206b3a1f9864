package org.urbansdg.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param locales the interface languages offered; the first is the default. Adding one means adding its message files.
 * @param mapTileUrl a tile server for inline maps; empty means a plain link to a map service instead
 */
@ConfigurationProperties("urbansdg.web")
record WebSettings(@DefaultValue({ "en", "ko" }) List<Locale> locales, @DefaultValue("") String mapTileUrl) {

	public Locale defaultLocale() {
		return locales.get(0);
	}

	/** The best supported language for what a browser asked for, or the default. */
	public Locale supported(Locale requested) {
		if (requested == null) {
			return defaultLocale();
		}
		return locales.stream()
			.filter(l -> l.getLanguage().equals(requested.getLanguage()))
			.findFirst()
			.orElse(defaultLocale());
	}
}
