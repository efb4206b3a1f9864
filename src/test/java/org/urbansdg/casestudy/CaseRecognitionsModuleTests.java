package org.urbansdg.casestudy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbansdg.CaseFixtures;
import org.urbansdg.EventDeliveries;
import org.urbansdg.ModuleTest;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.account.Accounts;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code casestudy} records the distinctions other modules announce with {@link CaseStudyRecognised}, in a
 * context of casestudy and the modules below it only ({@link ModuleTest}): no award module is running, the event is
 * published directly. The flow from an award's published results is in {@code AwardCycleTests}.
 */
@ModuleTest
@Import({ CaseFixtures.class, CaseTestData.class })
class CaseRecognitionsModuleTests {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseStudyRepository cases;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CompletedEventPublications completed;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	Person editor;

	Person secretariat;

	@BeforeEach
	void setUp() {
		People people = new People(accounts, members);
		secretariat = people.secretariat();
		editor = people.editorOf(people.organisation());
	}

	@Test
	void anAnnouncedDistinctionIsRecordedOnTheCase(Scenario scenario) {
		long caseId = fixtures.published(editor.organisationId(), editor, secretariat);
		scenario.publish(new CaseStudyRecognised(caseId, "Example Award 2026: Winner", 2026, "/awards/1/results"))
			.andWaitForStateChange(() -> recognitionsOf(caseId), list -> !list.isEmpty())
			.andVerify(list -> assertThat(list)
				.containsExactly(new Recognition("Example Award 2026: Winner", 2026, "/awards/1/results")));
	}

	@Test
	void theSameLabelAnnouncedAgainReplacesItsYearAndLink(Scenario scenario) {
		long caseId = fixtures.published(editor.organisationId(), editor, secretariat);
		CaseStudyRecognised first = new CaseStudyRecognised(caseId, "Example Award: Winner", 2025, "/awards/1/results");
		scenario.publish(first).andWaitForStateChange(() -> recognitionsOf(caseId), list -> !list.isEmpty());
		scenario.publish(new CaseStudyRecognised(caseId, "Example Award: Winner", 2026, "/awards/2/results"))
			.andWaitForStateChange(() -> recognitionsOf(caseId), list -> list.stream().anyMatch(r -> r.year() == 2026))
			.andVerify(list -> assertThat(list)
				.containsExactly(new Recognition("Example Award: Winner", 2026, "/awards/2/results")));
	}

	@Test
	void aDistinctionForAnUnknownCaseIsHandledAndChangesNothing(Scenario scenario) {
		long unknown = cases.count() + 1_000_000;
		String label = "Award " + UUID.randomUUID() + ": Winner";
		CaseStudyRecognised event = new CaseStudyRecognised(unknown, label, 2026, "/awards/1");
		// Handled (not left to be retried at every start), and no case gained the label.
		scenario.publish(event)
			.andWaitForStateChange(() -> new EventDeliveries(completed).handled(event, CaseRecognitions.class));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM case_recognition WHERE label = ?", Long.class, label))
			.isZero();
	}

	List<Recognition> recognitionsOf(long caseId) {
		return transactions.execute(s -> List.copyOf(cases.findById(caseId).orElseThrow().getRecognitions()));
	}
}
