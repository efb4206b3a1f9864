package org.urbansdg.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the shared layout needs on every page. */
@ControllerAdvice
class LayoutAttributes {

	private final Locales locales;

	LayoutAttributes(Locales locales) {
		this.locales = locales;
	}

	/** For each offered language, this same page (query included) in that language. */
	@ModelAttribute("languageLinks")
	java.util.Map<java.util.Locale, String> languageLinks(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/") || path.startsWith("//")) {
			path = "/"; // never a link to another host
		}
		java.util.Map<java.util.Locale, String> links = new java.util.LinkedHashMap<>();
		for (java.util.Locale locale : locales.offered()) {
			links.put(locale, UriComponentsBuilder.fromPath(path)
				.query(request.getQueryString())
				.replaceQueryParam("lang", locale.toLanguageTag())
				.build()
				.toUriString());
		}
		return links;
	}
}
