package org.urbansdg.award;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.urbansdg.CaseFixtures;
import org.urbansdg.EventDeliveries;
import org.urbansdg.ModuleTest;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.account.Accounts;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.casestudy.CaseStudyPublished;
import org.urbansdg.casestudy.CaseTestData;
import org.urbansdg.member.Members;
import org.urbansdg.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doReturn;

/**
 * How {@code award} handles casestudy's {@link CaseStudyPublished} for a nomination of a case still in review, in a
 * context of award and the modules below it only ({@link ModuleTest}). The event is published directly; casestudy's
 * answer to "is this case published?" is stubbed where a test needs the case published, so that the event is the
 * only stimulus. The whole flow through the review workflow is in {@code AwardCycleTests}.
 */
@ModuleTest
@Import({ CaseFixtures.class, CaseTestData.class })
class NominationsModuleTests {

	@Autowired
	Nominations nominations;

	@Autowired
	AwardCycles cycles;

	@Autowired
	AwardTime time;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CompletedEventPublications completed;

	/** Casestudy's reading service, real unless a test stubs it; Mockito resets it after each test. */
	@MockitoSpyBean
	CaseStudies cases;

	AwardTestSupport awards;

	Person secretariat;

	Person editor;

	@BeforeEach
	void setUp() {
		People people = new People(accounts, members);
		awards = new AwardTestSupport(cycles, time, accounts);
		secretariat = people.secretariat();
		editor = people.editorOf(people.organisation());
	}

	@AfterEach
	void resetClock() {
		awards.reset();
	}

	@Test
	void aWaitingNominationTakesPartWhenItsCaseIsPublishedWhileNominationsAreOpen(Scenario scenario) {
		Waiting w = waitingNomination();
		awards.at(5);
		publishedAsFarAsCasestudySays(w.caseId());
		scenario.publish(new CaseStudyPublished(w.caseId(), w.title(), editor.organisationId()))
			.andWaitForStateChange(() -> nominations.get(w.nomination()), n -> !n.isAwaitingPublication())
			.andVerify(n -> assertThat(n.getSnapshotTitle()).isEqualTo(w.title()));
		awards.at(12);
		nominations.screen(awards.actor(secretariat), w.nomination(), true, null);
		assertThat(nominations.get(w.nomination()).isEligible()).isTrue();
	}

	@Test
	void aWaitingNominationStaysWaitingWhenItsCaseIsPublishedAfterNominationsClose(Scenario scenario) {
		Waiting w = waitingNomination();
		awards.at(11);
		publishedAsFarAsCasestudySays(w.caseId());
		CaseStudyPublished event = new CaseStudyPublished(w.caseId(), w.title(), editor.organisationId());
		scenario.publish(event).andWaitForStateChange(() -> handledByNominations(event));
		assertThat(nominations.get(w.nomination()).isAwaitingPublication()).isTrue();
		awards.at(12);
		assertThatThrownBy(() -> nominations.screen(awards.actor(secretariat), w.nomination(), true, null))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("award.awaitingPublication");
	}

	@Test
	void anAnnouncementForACaseCasestudyDoesNotShowAsPublishedChangesNothing(Scenario scenario) {
		Waiting w = waitingNomination();
		awards.at(5);
		CaseStudyPublished event = new CaseStudyPublished(w.caseId(), w.title(), editor.organisationId());
		scenario.publish(event).andWaitForStateChange(() -> handledByNominations(event));
		assertThat(nominations.get(w.nomination()).isAwaitingPublication()).isTrue();
	}

	/** A nomination made on day 1 of a new cycle for the editor's case, submitted for review but not published. */
	Waiting waitingNomination() {
		long cycle = awards.cycle(secretariat, false);
		long caseId = fixtures.submitted(editor);
		awards.at(1);
		long nomination = nominations.nominate(awards.actor(editor), cycle, caseId, awards.category(cycle, 0),
				"Worth a look once published.", List.of());
		assertThat(nominations.get(nomination).isAwaitingPublication()).isTrue();
		return new Waiting(nomination, caseId, nominations.get(nomination).getSnapshotTitle());
	}

	record Waiting(long nomination, long caseId, String title) {
	}

	/** Casestudy answers that the case is published, with the text it has in review. */
	void publishedAsFarAsCasestudySays(long caseId) {
		doReturn(cases.unpublishedContent(caseId)).when(cases).publishedContent(caseId);
	}

	boolean handledByNominations(CaseStudyPublished event) {
		return new EventDeliveries(completed).handled(event, Nominations.class);
	}
}
