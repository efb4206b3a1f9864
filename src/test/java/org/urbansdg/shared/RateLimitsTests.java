package org.urbansdg.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.urbansdg.PlatformTest;
import org.urbansdg.shared.RateLimitSettings.Quota;
import org.urbansdg.shared.RateLimits.Per;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.urbansdg.TooManyRequests.newClient;

/** The buckets themselves: shared by nodes through PostgreSQL, cleaned up when full, configured by settings. */
@PlatformTest
class RateLimitsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RateLimitSettings applicationSettings;

	@AfterEach
	void forgetRequest() {
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
	}

	/** Settings as an operator would write them. */
	private static RateLimitSettings settings(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("urbansdg.rate-limits", RateLimitSettings.class);
	}

	private static void requestFrom(String client) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/cases/1/comments");
		request.setRemoteAddr(client);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	@Test
	void twoNodesOnOneDatabaseShareOneLimit() throws Exception {
		RateLimitSettings three = settings(Map.of("urbansdg.rate-limits.comment.client", "3/1h"));
		RateLimits node1 = new RateLimits(dataSource, three);
		RateLimits node2 = new RateLimits(dataSource, three);
		String client = newClient();
		requestFrom(client);
		node1.check(RateLimit.COMMENT);
		node2.check(RateLimit.COMMENT);
		node1.check(RateLimit.COMMENT);
		assertThatThrownBy(() -> node2.check(RateLimit.COMMENT)).isInstanceOfSatisfying(TooManyRequestsException.class,
				// One token comes back every 20 minutes.
				refused -> assertThat(refused.retryAfterSeconds()).isBetween(1100L, 1200L));
		assertThatThrownBy(() -> node1.check(RateLimit.COMMENT)).isInstanceOf(TooManyRequestsException.class);

		// Another client, and another action for the same client, have buckets of their own.
		requestFrom(newClient());
		node2.check(RateLimit.COMMENT);
		requestFrom(client);
		node2.check(RateLimit.CSV_EXPORT);
	}

	@Test
	void parallelRequestsOnTwoNodesNeverGetMoreThanTheBucketHolds() throws Exception {
		RateLimitSettings five = settings(Map.of("urbansdg.rate-limits.offline-course.client", "5/1h"));
		List<RateLimits> nodes = List.of(new RateLimits(dataSource, five), new RateLimits(dataSource, five));
		String client = newClient();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Boolean>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 24; i++) {
				RateLimits node = nodes.get(i % 2);
				Callable<Boolean> attempt = () -> {
					try {
						node.take(RateLimit.OFFLINE_COURSE, Per.CLIENT, client);
						return true;
					}
					catch (TooManyRequestsException ex) {
						return false;
					}
				};
				answers.add(pool.submit(attempt));
			}
			int granted = 0;
			for (Future<Boolean> answer : answers) {
				granted += answer.get() ? 1 : 0;
			}
			assertThat(granted).isEqualTo(5);
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aSignedInAccountIsCountedApartFromItsClientAddress() {
		RateLimits limits = new RateLimits(dataSource,
				settings(Map.of("urbansdg.rate-limits.comment.client", "3/1h", "urbansdg.rate-limits.comment.account", "2/1h")));
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("Someone-" + newClient() + "@Example.org", null, "ROLE_MEMBER"));
		requestFrom(newClient());
		limits.check(RateLimit.COMMENT);
		requestFrom(newClient());
		limits.check(RateLimit.COMMENT);
		// A third address does not help the account...
		requestFrom(newClient());
		assertThatThrownBy(() -> limits.check(RateLimit.COMMENT)).isInstanceOf(TooManyRequestsException.class);
		// ...and a visitor from that address is not held back by it.
		SecurityContextHolder.clearContext();
		limits.check(RateLimit.COMMENT);
	}

	@Test
	void rowsOfBucketsThatAreFullAgainAreDeleted() {
		RateLimits limits = new RateLimits(dataSource, applicationSettings);
		String spent = newClient();
		String fresh = newClient();
		limits.take(RateLimit.COMMENT, Per.CLIENT, spent);
		limits.take(RateLimit.COMMENT, Per.CLIENT, fresh);
		String spentKey = RateLimits.key(RateLimit.COMMENT, Per.CLIENT, spent);
		String freshKey = RateLimits.key(RateLimit.COMMENT, Per.CLIENT, fresh);
		long expiresAt = jdbc.queryForObject("select expires_at from rate_limit_bucket where id = ?", Long.class, spentKey);
		// Full again once the one token is back (1h / 100000 in the test settings), and kept a minute longer.
		assertThat(expiresAt).isBetween(System.currentTimeMillis(), System.currentTimeMillis() + Duration.ofMinutes(2).toMillis());
		assertThat(spentKey).startsWith("comment/client/").doesNotContain(spent);

		jdbc.update("update rate_limit_bucket set expires_at = ? where id = ?", System.currentTimeMillis() - 1, spentKey);
		jdbc.update("update rate_limit_bucket set expires_at = ? where id = ?", System.currentTimeMillis() + 60_000, freshKey);
		assertThat(limits.removeExpired()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.queryForList("select id from rate_limit_bucket where id in (?, ?)", String.class, spentKey, freshKey))
			.containsExactly(freshKey);
	}

	@Test
	void settingsChangeSomeQuotasAndKeepTheDefaultsOfTheRest() {
		RateLimitSettings settings = settings(Map.of("urbansdg.rate-limits.password-reset.email", "5/2h"));
		assertThat(settings.of(RateLimit.PASSWORD_RESET).email()).isEqualTo(new Quota(5, Duration.ofHours(2)));
		assertThat(settings.of(RateLimit.PASSWORD_RESET).client()).isEqualTo(new Quota(10, Duration.ofHours(1)));
		assertThat(settings.of(RateLimit.PASSWORD_RESET).account()).isEqualTo(new Quota(10, Duration.ofHours(1)));
		assertThat(settings.of(RateLimit.SIGN_IN).account()).isEqualTo(new Quota(5, Duration.ofMinutes(15)));
		// The running application reads them the same way (application-test.properties raises the client quotas).
		assertThat(applicationSettings.of(RateLimit.PASSWORD_RESET).client().capacity()).isEqualTo(100_000);
		assertThat(applicationSettings.of(RateLimit.PASSWORD_RESET).email()).isEqualTo(new Quota(3, Duration.ofHours(1)));

		assertThatThrownBy(() -> settings(Map.of("urbansdg.rate-limits.comment.client", "many"))).isInstanceOf(BindException.class);
		assertThatThrownBy(() -> settings(Map.of("urbansdg.rate-limits.comment.client", "0/1h"))).isInstanceOf(BindException.class);
	}

	@Test
	void anIpv6ClientCountsByItsNetworkAndNamesAreNeverLookedUp() {
		assertThat(clientOf("2001:db8:1:2:3:4:5:6")).isEqualTo(clientOf("2001:db8:1:2:ffff::1"))
			.isNotEqualTo(clientOf("2001:db8:1:3::1"));
		assertThat(clientOf("203.0.113.9")).isEqualTo("203.0.113.9");
		assertThat(clientOf("unresolvable.invalid")).isEqualTo("unresolvable.invalid");
	}

	private static String clientOf(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		return RateLimits.clientAddress(request);
	}
}
