package org.urbansdg.shared;

import java.net.CookieManager;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.shared.RateLimits.Per;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.urbansdg.TooManyRequests.from;
import static org.urbansdg.TooManyRequests.newClient;

/**
 * The sign-in throttle takes its tokens before the password is checked, so racing it gains nothing; behind a trusted
 * proxy each client has its own bucket.
 */
@PlatformTest
class SignInThrottleTests {

	static final String PASSWORD = "the real password";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	private String account() {
		String email = "throttle-" + UUID.randomUUID() + "@example.org";
		accounts.createConfirmed(email, "Throttle Target", PASSWORD, null, List.of());
		return email;
	}

	/** A sign-in from the given client address; answers where it sends the browser. */
	private String signIn(String email, String password, String client) throws Exception {
		return mvc.perform(post("/sign-in").with(csrf()).with(from(client)).param("email", email)
			.param("password", password)).andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void parallelWrongPasswordsForOneAccountAreJudgedAtMostFiveTimes() throws Exception {
		String email = account();
		AtomicInteger judged = new AtomicInteger();
		ApplicationListener<AuthenticationFailureBadCredentialsEvent> counter = event -> {
			if (email.equals(event.getAuthentication().getName())) {
				judged.incrementAndGet();
			}
		};
		context.addApplicationListener(counter);
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<String> answers = new ArrayList<>();
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> attempts = new ArrayList<>();
			String client = newClient();
			for (int i = 0; i < 12; i++) {
				String guess = "wrong guess " + i;
				attempts.add(pool.submit(() -> {
					start.await();
					return signIn(email, guess, client);
				}));
			}
			start.countDown();
			for (Future<String> attempt : attempts) {
				answers.add(attempt.get());
			}
		}
		finally {
			pool.shutdown();
			context.removeApplicationListener(counter);
		}
		assertThat(judged.get()).isEqualTo(5);
		assertThat(answers).filteredOn("/sign-in?error"::equals).hasSize(5);
		assertThat(answers).filteredOn("/sign-in?throttled"::equals).hasSize(7);
		// Even the right password waits now.
		assertThat(signIn(email, PASSWORD, newClient())).isEqualTo("/sign-in?throttled");
	}

	@Test
	void successfulSignInsDoNotAddUpAndForgiveEarlierFailures() throws Exception {
		String email = account();
		String client = newClient();
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 4; i++) {
				assertThat(signIn(email, "wrong guess " + i, client)).isEqualTo("/sign-in?error");
			}
			assertThat(signIn(email, PASSWORD, client)).isEqualTo("/");
		}
	}

	/**
	 * Through a trusted proxy (loopback here) the client named in X-Forwarded-For has its own bucket; the same header
	 * from anyone else is ignored and the connection's own address counts. Real HTTP, since Tomcat reads the header;
	 * which bucket an attempt drew from shows in the table (the test settings refill client buckets too fast to watch
	 * one run dry).
	 */
	@Test
	void clientsBehindATrustedProxyHaveTheirOwnBucketsAndOthersCannotPickOne() throws Exception {
		String first = newClient();
		String second = newClient();
		assertThat(viaHttp("127.0.0.1", first)).endsWith("/sign-in?error");
		assertThat(viaHttp("127.0.0.1", second)).endsWith("/sign-in?error");
		assertThat(bucketOf(first)).isTrue();
		assertThat(bucketOf(second)).isTrue();

		Optional<String> ownAddress = nonLoopbackAddress();
		assumeTrue(ownAddress.isPresent(), "an address other than loopback to connect from");
		String claimed = newClient();
		assertThat(viaHttp(ownAddress.get(), claimed)).endsWith("/sign-in?error");
		assertThat(bucketOf(claimed)).isFalse();
		assertThat(bucketOf(ownAddress.get())).isTrue();
	}

	private boolean bucketOf(String client) {
		return jdbc.queryForObject("select count(*) from rate_limit_bucket where id = ?", Integer.class,
				RateLimits.key(RateLimit.SIGN_IN, Per.CLIENT, client)) == 1;
	}

	/** A wrong password for a fresh account, over HTTP to the given host, claiming to be forwarded for a client. */
	private String viaHttp(String host, String forwardedFor) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://" + host + ":" + port;
		String page = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		String form = "email=" + URLEncoder.encode(account(), StandardCharsets.UTF_8) + "&password=wrong+guess&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", forwardedFor)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(answer.statusCode()).isEqualTo(302);
		return answer.headers().firstValue("Location").orElseThrow();
	}

	/** An address of this machine that is not loopback, so not a trusted proxy. */
	private static Optional<String> nonLoopbackAddress() throws Exception {
		for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
			if (nic.isUp() && !nic.isLoopback()) {
				for (InetAddress address : nic.inetAddresses().toList()) {
					if (address instanceof Inet4Address) {
						return Optional.of(address.getHostAddress());
					}
				}
			}
		}
		return Optional.empty();
	}
}
