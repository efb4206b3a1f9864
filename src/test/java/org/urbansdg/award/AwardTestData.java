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
		AwardTestSupport awards = support(context);
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

	/** A screened cycle: one eligible nomination with one evidence file, and the judge assigned to its category. */
	public record WithEvidence(long cycleId, long nominationId, long evidenceId) {
	}

	/**
	 * A cycle on day 12 (screening done, voting not yet open) with an eligible nomination of the organisation,
	 * nominated by the editor with one evidence file, and the judge assigned to its category.
	 */
	public static WithEvidence screenedWithEvidence(ApplicationContext context, Person secretariat, long organisation,
			Person editor, Person judge) {
		AwardTestSupport awards = support(context);
		Nominations nominations = context.getBean(Nominations.class);
		long cycle = awards.cycle(secretariat, false);
		long caseId = context.getBean(CaseFixtures.class).published(organisation, editor, secretariat);
		awards.at(1);
		long nomination = nominations.nominate(awards.actor(editor), cycle, caseId, awards.category(cycle, 0),
				"With evidence.", List.of(new org.springframework.mock.web.MockMultipartFile("evidence", "evidence.pdf",
						"application/pdf", AwardTestSupport.PDF)));
		awards.at(12);
		nominations.screen(awards.actor(secretariat), nomination, true, null);
		context.getBean(org.urbansdg.award.Judging.class).assign(awards.actor(secretariat), cycle,
				awards.category(cycle, 0), judge.id());
		return new WithEvidence(cycle, nomination, nominations.evidenceOf(nomination).get(0).getId());
	}

	/** Moves the award clock to a day of the cycles made here: voting is open from day 15 to 25. */
	public static void atDay(ApplicationContext context, double day) {
		support(context).at(day);
	}

	private static AwardTestSupport support(ApplicationContext context) {
		return new AwardTestSupport(context.getBean(AwardCycles.class), context.getBean(AwardTime.class),
				context.getBean(Accounts.class));
	}

	/** Moves the platform's award clock to the given instant, until {@link #resetClock}. */
	public static void clockAt(ApplicationContext context, java.time.Instant instant) {
		context.getBean(AwardTime.class).use(java.time.Clock.fixed(instant, java.time.ZoneOffset.UTC));
	}

	public static void resetClock(ApplicationContext context) {
		context.getBean(AwardTime.class).reset();
	}
}
