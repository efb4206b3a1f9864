package org.urbansdg.shared;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationStyle;

/**
 * Changes to the quotas of {@link RateLimit}: {@code urbansdg.rate-limits.<action>.<client|account|email>=n/period},
 * for example {@code urbansdg.rate-limits.password-reset.email=3/1h}. What is not set keeps the action's default.
 */
@ConfigurationProperties("urbansdg.rate-limits")
public record RateLimitSettings(Quotas signIn, Quotas passwordReset, Quotas registration, Quotas confirmationResend,
		Quotas comment, Quotas browseSearch, Quotas csvExport, Quotas offlineCourse, Quotas searchSuggest,
		Quotas challengeOffer, Quotas cooperationRequest, Quotas cooperationMessage) {

	/** The quotas in force for an action: those set, else its defaults. */
	public Quotas of(RateLimit action) {
		Quotas set = switch (action) {
			case SIGN_IN -> signIn;
			case PASSWORD_RESET -> passwordReset;
			case REGISTRATION -> registration;
			case CONFIRMATION_RESEND -> confirmationResend;
			case COMMENT -> comment;
			case BROWSE_SEARCH -> browseSearch;
			case CSV_EXPORT -> csvExport;
			case OFFLINE_COURSE -> offlineCourse;
			case SEARCH_SUGGEST -> searchSuggest;
			case CHALLENGE_OFFER -> challengeOffer;
			case COOPERATION_REQUEST -> cooperationRequest;
			case COOPERATION_MESSAGE -> cooperationMessage;
		};
		Quotas defaults = action.defaults();
		return set == null ? defaults
				: new Quotas(set.client() == null ? defaults.client() : set.client(),
						set.account() == null ? defaults.account() : set.account(),
						set.email() == null ? defaults.email() : set.email());
	}

	/** An action's quota per client address, per signed-in account and per e-mail address; null where none applies. */
	public record Quotas(Quota client, Quota account, Quota email) {

		Quota of(RateLimits.Per per) {
			return switch (per) {
				case CLIENT -> client;
				case ACCOUNT -> account;
				case EMAIL -> email;
			};
		}
	}

	/** At most {@code capacity} at once, given back evenly over {@code period} (one every period / capacity). */
	public record Quota(long capacity, Duration period) {

		public Quota {
			if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("A rate limit needs at least 1 over a positive period, such as 5/15m");
			}
		}

		/** Reads {@code 5/15m}: a count, a slash and a duration ({@code 30s}, {@code 15m}, {@code 1h}, {@code PT1H}). */
		public static Quota of(String text) {
			if (text == null) {
				return null;
			}
			int slash = text.indexOf('/');
			if (slash < 1) {
				throw new IllegalArgumentException("'" + text + "' is not a rate limit such as 5/15m");
			}
			return new Quota(Long.parseLong(text.substring(0, slash).strip()),
					DurationStyle.detectAndParse(text.substring(slash + 1).strip()));
		}

		@Override
		public String toString() {
			return capacity + "/" + period;
		}
	}
}
