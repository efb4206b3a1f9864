package org.urbansdg.award;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.urbansdg.CaseFixtures;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.account.Accounts;

/**
 * For tests outside this package (browser tests): a cycle walked to its judging window, with the award clock left
 * there until {@link #resetClock}.
 */
public final class AwardTestData {

	/** A cycle in judging, with one eligible nomination whose category the judge is assigned to. */
	public record Judging(long cycleId, long nominationId, String caseTitle) {
	}

	private AwardTestData() {
	}

	public static Judging judgingWith(ApplicationContext context, People people, Person secretariat, Person judge) {
		AwardTestSupport awards = new AwardTestSupport(context.getBean(AwardCycles.class),
				context.getBean(AwardTime.class), context.getBean(Accounts.class));
		Nominations nominations = context.getBean(Nominations.class);
		long cycle = awards.cycle(secretariat, false);
		long organisation = people.organisation();
		Person editor = people.editorOf(organisation);
		long caseId = context.getBean(CaseFixtures.class).published(organisation, editor, secretariat);
		awards.at(1);
		long nomination = nominations.nominate(awards.actor(editor), cycle, caseId, awards.category(cycle, 0),
				"It works.", List.of());
		awards.at(12);
		nominations.screen(awards.actor(secretariat), nomination, true, null);
		context.getBean(org.urbansdg.award.Judging.class).assign(awards.actor(secretariat), cycle,
				awards.category(cycle, 0), judge.id());
		awards.at(16);
		return new Judging(cycle, nomination, nominations.get(nomination).getSnapshotTitle());
	}

	/** Moves the platform's award clock to the given instant, until {@link #resetClock}. */
	public static void clockAt(ApplicationContext context, java.time.Instant instant) {
		context.getBean(AwardTime.class).use(java.time.Clock.fixed(instant, java.time.ZoneOffset.UTC));
	}

	public static void resetClock(ApplicationContext context) {
		context.getBean(AwardTime.class).reset();
	}
}
