package org.urbansdg.shared;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches a request that no handler would serve, so that a visitor asking for an address that does not exist is told
 * "not found" instead of being sent to sign in. Asked only when access was refused to a visitor, so it costs nothing
 * on pages that are served.
 */
class UnmappedRequests implements RequestMatcher {

	private final ObjectProvider<HandlerMapping> mappings;

	UnmappedRequests(ObjectProvider<HandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		// Handler lookup writes request attributes (the matched pattern, the parsed path): keep them off the request.
		HttpServletRequest probe = new AttributesApart(request);
		ServletRequestPathUtils.parseAndCache(probe);
		List<HandlerMapping> ordered = mappings.orderedStream().sorted(AnnotationAwareOrderComparator.INSTANCE).toList();
		for (HandlerMapping mapping : ordered) {
			try {
				if (mapping.getHandler(probe) != null) {
					return false;
				}
			}
			catch (Exception ex) {
				// A path served for other methods or media types (405, 415) is there.
				return false;
			}
		}
		return true;
	}

	private static final class AttributesApart extends HttpServletRequestWrapper {

		private final Map<String, Object> attributes = new HashMap<>();

		AttributesApart(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, Object value) {
			attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			attributes.put(name, null);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			java.util.Set<String> names = new java.util.LinkedHashSet<>(Collections.list(super.getAttributeNames()));
			names.addAll(attributes.keySet());
			return Collections.enumeration(names);
		}
	}
}
