package org.urbansdg.shared;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: after a number of failed sign-ins for one e-mail address (or from one client address)
 * further attempts are refused for a while, before the password is even checked.
 */
@Component
class SignInThrottle extends OncePerRequestFilter {

	@ConfigurationProperties("urbansdg.sign-in")
	record Settings(@DefaultValue("5") int failuresPerAccount, @DefaultValue("30") int failuresPerClient,
			@DefaultValue("15m") Duration window) {
	}

	private final Settings settings;

	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > 50_000;
		}
	});

	SignInThrottle(Settings settings) {
		this.settings = settings;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && SecurityConfiguration.SIGN_IN.equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (exhausted(accountKey(request.getParameter("email"))) || exhausted(clientKey(request.getRemoteAddr()))) {
			response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN + "?throttled");
			return;
		}
		chain.doFilter(request, response);
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		bucket(accountKey(String.valueOf(event.getAuthentication().getPrincipal())), settings.failuresPerAccount())
			.tryConsume(1);
		if (event.getAuthentication().getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails details) {
			bucket(clientKey(details.getRemoteAddress()), settings.failuresPerClient()).tryConsume(1);
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		buckets.remove(accountKey(event.getAuthentication().getName()));
	}

	private boolean exhausted(String key) {
		Bucket bucket = buckets.get(key);
		return bucket != null && bucket.getAvailableTokens() <= 0;
	}

	private Bucket bucket(String key, int capacity) {
		return buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, settings.window()).build())
			.build());
	}

	private static String accountKey(String email) {
		return "account:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
	}

	private static String clientKey(String address) {
		return "client:" + address;
	}
}
