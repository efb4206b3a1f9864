package org.urbansdg.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page. */
@ControllerAdvice
class LayoutAttributes {

	private final WebSettings settings;

	LayoutAttributes(WebSettings settings) {
		this.settings = settings;
	}

	@ModelAttribute("supportedLocales")
	java.util.List<java.util.Locale> supportedLocales() {
		return settings.locales();
	}

	/** The path of this page, for links that switch language without leaving it. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
