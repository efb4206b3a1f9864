package org.urbansdg.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.urbansdg.shared.RateLimits.Per;

/**
 * Slows down password guessing ({@link RateLimit#SIGN_IN}): every attempt takes a token for the client address and
 * one for the e-mail address typed <em>before</em> the password is checked, so parallel attempts can never have more
 * passwords judged than the buckets hold. A successful sign-in gives the client's token back and fills the
 * account's bucket again, so only failures add up.
 */
@Component
class SignInThrottle extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private final RateLimits limits;

	SignInThrottle(RateLimits limits, Environment environment) {
		this.limits = limits;
		for (String old : new String[] { "failures-per-account", "failures-per-client", "window" }) {
			if (environment.containsProperty("urbansdg.sign-in." + old)) {
				log.warn("urbansdg.sign-in.{} is no longer read: set urbansdg.rate-limits.sign-in.account and "
						+ "urbansdg.rate-limits.sign-in.client instead (such as 5/15m)", old);
			}
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && SecurityConfiguration.SIGN_IN.equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = RateLimits.clientAddress(request);
		String account = RateLimits.normalise(request.getParameter("email"));
		try {
			limits.take(RateLimit.SIGN_IN, Per.CLIENT, client);
			limits.take(RateLimit.SIGN_IN, Per.ACCOUNT, account);
		}
		catch (TooManyRequestsException ex) {
			response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN + "?throttled");
			return;
		}
		chain.doFilter(request, response);
		if (signedIn()) {
			limits.giveBack(RateLimit.SIGN_IN, Per.CLIENT, client);
			limits.reset(RateLimit.SIGN_IN, Per.ACCOUNT, account);
		}
	}

	/** Whether the sign-in filter behind this one accepted the password (a failure clears the context). */
	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}
}
