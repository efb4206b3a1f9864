package org.urbansdg.award;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;

/**
 * A cycle whose timeline starts at a fixed instant, and a clock the tests move through it: nominations T0..T0+10d,
 * screening until T0+15d, voting T0+15d..T0+25d, judging T0+15d..T0+30d, results from T0+31d.
 */
final class AwardTestSupport {

	static final Instant T0 = Instant.parse("2031-03-01T00:00:00Z");

	/** A minimal PDF that the upload check accepts as evidence. */
	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private final AwardCycles cycles;

	private final AwardTime time;

	private final Accounts accounts;

	AwardTestSupport(AwardCycles cycles, AwardTime time, Accounts accounts) {
		this.cycles = cycles;
		this.time = time;
		this.accounts = accounts;
	}

	/** A new cycle with two categories and the seven default criteria. */
	long cycle(Person secretariat, boolean normalise) {
		time.use(Clock.fixed(T0.minus(Duration.ofDays(1)), ZoneOffset.UTC));
		return cycles.create(actor(secretariat), "Awards " + UUID.randomUUID(), 2031, "About **this** cycle.",
				"Members in good standing.", ZoneId.of("Asia/Seoul"),
				new AwardCycle.Timeline(T0, day(10), day(15), day(15), day(25), day(15), day(30), day(31)),
				List.of("City climate action", "Innovative urban finance"), List.of(), normalise);
	}

	/** Moves the platform's award clock to T0 plus the given days. */
	void at(double days) {
		time.use(Clock.fixed(T0.plus(Duration.ofMinutes((long) (days * 24 * 60))), ZoneOffset.UTC));
	}

	void reset() {
		time.reset();
	}

	static Instant day(int days) {
		return T0.plus(Duration.ofDays(days));
	}

	Actor actor(Person person) {
		return accounts.actor(person.id()).orElseThrow();
	}

	long category(long cycleId, int index) {
		return cycles.get(cycleId).getCategories().get(index).getId();
	}

	List<Criterion> criteria(long cycleId) {
		return cycles.get(cycleId).getCriteria();
	}

	static People.Person judge(People people) {
		return people.person(null, org.urbansdg.account.Role.JUDGE);
	}
}
