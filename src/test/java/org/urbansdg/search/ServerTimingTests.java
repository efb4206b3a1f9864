package org.urbansdg.search;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The search page tells the benchmark how long the engine and the handler took (bench/search-benchmark.sh). */
@PlatformTest
class ServerTimingTests {

	private static final Pattern TIMING = Pattern.compile("search;dur=(\\d+\\.\\d), handler;dur=(\\d+\\.\\d)");

	@Autowired
	MockMvc mvc;

	@Test
	void searchPageSaysHowLongTheEngineAndTheHandlerTook() throws Exception {
		for (var request : new org.springframework.test.web.servlet.RequestBuilder[] { get("/search").param("q", "water"),
				get("/search").param("q", "transport").param("goal", "11").param("goal", "9"),
				get("/search").param("q", "wtaer"), get("/search").header("HX-Request", "true") }) {
			String header = mvc.perform(request)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getHeader("Server-Timing");
			assertThat(header).matches(TIMING);
			Matcher m = TIMING.matcher(header);
			assertThat(m.matches()).isTrue();
			// The engine's time is part of the handler's.
			assertThat(Double.parseDouble(m.group(1))).isLessThanOrEqualTo(Double.parseDouble(m.group(2)));
		}
	}

	@Test
	void timesAreMillisecondsWithOneDecimalPoint() {
		assertThat(SearchController.serverTiming(Duration.ofNanos(3_240_000), Duration.ofMillis(12)))
			.isEqualTo("search;dur=3.2, handler;dur=12.0");
	}
}
