package org.urbansdg.award;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The clock every window of an award cycle is checked against: a {@link Clock} bean if the application has one, the
 * system clock otherwise. Tests move it to walk a cycle through its timeline.
 */
@Component
class AwardTime {

	private volatile Clock clock;

	private final Clock standard;

	AwardTime(Optional<Clock> clock) {
		this.standard = clock.orElse(Clock.systemUTC());
		this.clock = standard;
	}

	Instant now() {
		return clock.instant();
	}

	/** For tests: use this clock until {@link #reset()}. */
	void use(Clock clock) {
		this.clock = clock;
	}

	void reset() {
		this.clock = standard;
	}
}
