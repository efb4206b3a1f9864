package org.urbansdg.shared;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
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
 * Ignores request parameters whose name opens a {@code [} it never closes ({@code sections[}): binding a form with a
 * map (the case form's {@code sections[key]}), Spring reads every name that starts like the map's and failed on such
 * a name with a 500. No page of the platform sends one, so nothing a person typed is lost.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnclosedBrackets extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Wrapped rather than checked here: reading the parameters now would read an upload before Spring does.
		chain.doFilter(new Without(request), response);
	}

	static boolean unclosed(String name) {
		int open = name.lastIndexOf('[');
		return open >= 0 && name.indexOf(']', open) < 0;
	}

	private static final class Without extends HttpServletRequestWrapper {

		Without(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return unclosed(name) ? null : super.getParameter(name);
		}

		@Override
		public String[] getParameterValues(String name) {
			return unclosed(name) ? null : super.getParameterValues(name);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> kept = new LinkedHashMap<>(super.getParameterMap());
			kept.keySet().removeIf(UnclosedBrackets::unclosed);
			return Collections.unmodifiableMap(kept);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}
	}
}
