package org.urbansdg.shared;

import java.util.Locale;

import org.urbansdg.shared.RateLimitSettings.Quota;
import org.urbansdg.shared.RateLimitSettings.Quotas;

/**
 * The actions someone could repeat to send mail, guess passwords or load the server, each with its default quotas:
 * per client address, per signed-in account and, for actions that mail an address someone typed, per that address.
 * A quota {@code n/period} is a bucket of n tokens that refills evenly over the period. Each can be changed through
 * {@link RateLimitSettings}.
 */
public enum RateLimit {

	/** Sign-in attempts; the account is the address typed, whether or not it has an account. */
	SIGN_IN("30/15m", "5/15m", null),

	/** "Forgot your password?" requests. */
	PASSWORD_RESET("10/1h", "10/1h", "3/1h"),

	REGISTRATION("10/1h", "10/1h", "3/1h"),

	/** "Send the confirmation again". */
	CONFIRMATION_RESEND("10/1h", "10/1h", "3/1h"),

	/** Comments on case studies. */
	COMMENT("60/1h", "20/1h", null),

	/** Browsing cases with words to look for ({@code /cases?q=}), a query over the database. */
	BROWSE_SEARCH("60/1m", "60/1m", null),

	/** Every CSV export (registrants, enrolments, nominations, scores). */
	CSV_EXPORT("60/1h", "30/1h", null),

	/** A course's offline package, HTML or PDF. */
	OFFLINE_COURSE("30/1h", "20/1h", null),

	/** Suggestions while typing on the search page ({@code /search/suggest}). */
	SEARCH_SUGGEST("300/1m", "120/1m", null),

	/** Offers of help on cities' challenges, each mailed to the challenge's organisation. */
	CHALLENGE_OFFER("60/1h", "20/1h", null),

	/** Asking another organisation to learn from its practice, which mails its focal points and editors. */
	COOPERATION_REQUEST("30/1h", "10/1h", null),

	/** A message in a cooperation request's thread, which mails the other side. */
	COOPERATION_MESSAGE("120/1h", "60/1h", null);

	private final Quotas defaults;

	RateLimit(String client, String account, String email) {
		this.defaults = new Quotas(Quota.of(client), Quota.of(account), Quota.of(email));
	}

	Quotas defaults() {
		return defaults;
	}

	/** How the action appears in settings and in the bucket keys: {@code password-reset}. */
	String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
