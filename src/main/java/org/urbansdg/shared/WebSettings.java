package org.urbansdg.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param locales the interface languages offered; the first is the default. Every choice of language reads them
 * through {@link Locales}; adding one is adding its files and naming it here (docs/architecture.md, "Adding a
 * language").
 * @param mapTileUrl a tile server for inline maps; empty means a plain link to a map service instead
 */
@ConfigurationProperties("urbansdg.web")
public record WebSettings(@DefaultValue({ "en", "ko" }) List<Locale> locales, @DefaultValue("") String mapTileUrl) {

	public WebSettings {
		if (locales == null || locales.isEmpty()) {
			throw new IllegalArgumentException("urbansdg.web.locales must name at least one language");
		}
		locales = List.copyOf(locales);
	}
}
