package org.urbansdg.shared;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Removes U+0000 from every request parameter value: PostgreSQL can neither store nor compare text with it (every form
 * and the browse search answered 500), and no keyboard types it, so nothing a person wrote is lost.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NulCharacters extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Stripped(request), response);
	}

	private static final class Stripped extends HttpServletRequestWrapper {

		Stripped(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return strip(super.getParameter(name));
		}

		@Override
		public String[] getParameterValues(String name) {
			return strip(super.getParameterValues(name));
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> stripped = new LinkedHashMap<>();
			super.getParameterMap().forEach((name, values) -> stripped.put(name, strip(values)));
			return stripped;
		}

		private static String[] strip(String[] values) {
			if (values == null) {
				return null;
			}
			String[] stripped = new String[values.length];
			for (int i = 0; i < values.length; i++) {
				stripped[i] = strip(values[i]);
			}
			return stripped;
		}

		private static String strip(String value) {
			return value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
		}
	}
}
