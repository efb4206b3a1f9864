package org.urbansdg.shared;

import java.time.Duration;

/** An action was refused by {@link RateLimits}; answered with 429, {@code Retry-After} and the error page. */
class TooManyRequestsException extends RuntimeException {

	private final Duration retryAfter;

	public TooManyRequestsException(RateLimit action, Duration retryAfter) {
		// No stack trace: a refusal is expected, often repeated, and says all in its message.
		super("Rate limit of " + action + " reached", null, false, false);
		this.retryAfter = retryAfter;
	}

	/** Whole seconds until a token is back, at least 1. */
	public long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}
}
