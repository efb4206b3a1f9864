package org.urbansdg.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.urbansdg.shared.RateLimitSettings.Quota;

/**
 * Limits how often an action ({@link RateLimit}) may be repeated, per client address, per signed-in account and per
 * e-mail address. Controllers call {@link #check} before doing anything, outside any transaction; a refusal is a
 * {@link TooManyRequestsException} ({@link ErrorPages} answers 429). The buckets are rows of {@code rate_limit_bucket}
 * (Bucket4j's PostgreSQL integration, each bucket locked with SELECT ... FOR UPDATE while it is used), so every
 * application node counts against the same limits and parallel requests never get more than a bucket holds.
 *
 * <p>The client address is the request's remote address: behind a trusted proxy Tomcat has already put the forwarded
 * client there ({@code server.tomcat.remoteip.internal-proxies}); an IPv6 client counts by its /64 network, which one
 * household or host usually has to itself. Keys hold a hash of the address, account or e-mail address, not the text.
 */
@Component
public class RateLimits {

	/** What a bucket counts for. */
	enum Per {
		CLIENT, ACCOUNT, EMAIL
	}

	/** How long a full bucket's row stays before the clean-up may delete it (it would be created full again). */
	private static final Duration KEEP_WHEN_FULL = Duration.ofMinutes(1);

	private static final int CLEAN_UP_BATCH = 1000;

	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

	private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

	private final RateLimitSettings settings;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	RateLimits(DataSource dataSource, RateLimitSettings settings) {
		this.settings = settings;
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_WHEN_FULL))
			.build();
	}

	/**
	 * Takes one of the action's tokens for the client address and, when someone is signed in, for their account.
	 * @throws TooManyRequestsException when one of them has none left
	 */
	public void check(RateLimit action) {
		take(action, Per.CLIENT, clientAddress(currentRequest()));
		String account = signedInAccount();
		if (account != null) {
			take(action, Per.ACCOUNT, account);
		}
	}

	/**
	 * As {@link #check(RateLimit)}, and one token for the e-mail address the action would write to, whether or not
	 * it belongs to an account (the answer must not tell).
	 * @throws TooManyRequestsException when one of them has none left
	 */
	public void check(RateLimit action, String email) {
		check(action);
		take(action, Per.EMAIL, normalise(email));
	}

	/** Gives the e-mail address's token back when nothing was sent after all, such as a refused form. */
	public void giveBack(RateLimit action, String email) {
		giveBack(action, Per.EMAIL, normalise(email));
	}

	void take(RateLimit action, Per per, String value) {
		if (limited(action, per)) {
			ConsumptionProbe probe = bucket(action, per, value).tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				throw new TooManyRequestsException(action, Duration.ofNanos(probe.getNanosToWaitForRefill()));
			}
		}
	}

	void giveBack(RateLimit action, Per per, String value) {
		if (limited(action, per)) {
			bucket(action, per, value).addTokens(1);
		}
	}

	/** Fills the bucket again, as if nothing had been counted. */
	void reset(RateLimit action, Per per, String value) {
		buckets.removeProxy(key(action, per, value));
	}

	private boolean limited(RateLimit action, Per per) {
		return settings.of(action).of(per) != null;
	}

	/** The bucket of one action for one client, account or address, made full on first use. */
	private BucketProxy bucket(RateLimit action, Per per, String value) {
		Quota quota = settings.of(action).of(per);
		return buckets.builder().build(key(action, per, value), () -> BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(quota.capacity()).refillGreedy(quota.capacity(), quota.period())
				.build())
			.build());
	}

	/** Deletes the rows of buckets that are full again; every node may run it, each row is deleted once. */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	int removeExpired() {
		int removed = 0;
		int batch;
		do {
			batch = buckets.removeExpired(CLEAN_UP_BATCH);
			removed += batch;
		}
		while (batch == CLEAN_UP_BATCH);
		log.debug("Removed {} full rate-limit buckets", removed);
		return removed;
	}

	/** {@code comment/account/<sha-256 of the value>}: which action, what it counts, and for whom without naming them. */
	static String key(RateLimit action, Per per, String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return action.key() + "/" + per.name().toLowerCase(Locale.ROOT) + "/" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The client's address; for IPv6 its /64 network, since one client usually has a whole /64 to choose from. */
	static String clientAddress(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		// Only an IPv6 literal is parsed (never a name, which would be looked up); anything else counts as it is.
		if (address != null && address.indexOf(':') >= 0 && IPV6_LITERAL.matcher(address).matches()) {
			try {
				byte[] bytes = InetAddress.getByName(address).getAddress();
				if (bytes.length == 16) {
					return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
				}
			}
			catch (UnknownHostException ex) {
				// Not a valid literal after all: counted as it is.
			}
		}
		return String.valueOf(address);
	}

	private static HttpServletRequest currentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest();
		}
		throw new IllegalStateException("Rate limits are checked while answering a request");
	}

	private static String signedInAccount() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return normalise(authentication.getName());
	}

	static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}
}
