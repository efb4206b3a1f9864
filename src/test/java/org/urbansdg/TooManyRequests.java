package org.urbansdg;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a visitor sees when a rate limit is reached (shared/RateLimits), and client addresses of their own for tests:
 * the tests share one database, so each test counts from addresses no other test uses.
 */
public final class TooManyRequests {

	private static final AtomicInteger clients = new AtomicInteger();

	private TooManyRequests() {
	}

	/** 429, when to come back in whole seconds, and the site's error page saying so in English. */
	public static ResultMatcher refused() {
		return refused("Error 429", "You have done this too often for now. Please try again in");
	}

	/** The same, for a visitor whose browser asks for Korean. */
	public static ResultMatcher refusedInKorean() {
		return refused("오류 429", "짧은 시간에 너무 많이 요청하셨습니다.");
	}

	private static ResultMatcher refused(String heading, String message) {
		return result -> {
			status().isTooManyRequests().match(result);
			header().string("Retry-After", matchesRegex("[1-9][0-9]*")).match(result);
			content().contentTypeCompatibleWith("text/html").match(result);
			content().string(containsString(heading)).match(result);
			content().string(containsString(message)).match(result);
		};
	}

	/** An address of the benchmarking range 198.18.0.0/15 (RFC 2544, never a real client) that no other test uses. */
	public static String newClient() {
		int n = clients.incrementAndGet();
		assertThat(n).isLessThan(65_000);
		return "198.18." + (n / 250) + "." + (1 + n % 250);
	}

	/** Sends the request from that client address, as Tomcat would report it (directly or behind a trusted proxy). */
	public static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
