package org.urbansdg.suggest;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.urbansdg.CaseFixtures;
import org.urbansdg.ModuleTest;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.account.Accounts;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.casestudy.CaseStudyPublished;
import org.urbansdg.casestudy.CaseTestData;
import org.urbansdg.member.Members;
import org.urbansdg.suggest.TargetSuggestions.Suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

/**
 * How {@code suggest} handles casestudy's {@link CaseStudyPublished}, in a context of suggest and the modules below it
 * only ({@link ModuleTest}). The whole flow, a case published through the workflow and learnt, is in
 * {@code TargetSuggestionTests}; here the event is published directly.
 */
@ModuleTest
@Import({ CaseFixtures.class, CaseTestData.class })
class TargetSuggestionsModuleTests {

	static final String WATER = "Piped drinking water now reaches every household, replacing water vendors and unsafe wells.";

	@Autowired
	TargetSuggestions suggestions;

	@Autowired
	CaseTestData cases;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	/** Casestudy's reading service, real unless a test says otherwise; Mockito resets it after each test. */
	@MockitoSpyBean
	CaseStudies caseStudies;

	Person editor;

	Person secretariat;

	@BeforeEach
	void setUp() {
		People people = new People(accounts, members);
		editor = people.editorOf(people.organisation());
		secretariat = people.secretariat();
	}

	@Test
	void aFailedRebuildKeepsTheModelItHadAndThePublicationDeliveredAgainTeachesTheCase(Scenario scenario) {
		String word = inventedWord();
		long missed = publishedWhileTheRebuildFails(word);
		assertThat(suggestions.suggest(word + " " + word, Set.of())).as("the failed rebuild taught nothing").isEmpty();
		assertThat(suggestions.suggest(WATER, Set.of())).as("and the model it had still answers").isNotEmpty();

		// The registry delivers the publication again (at the next start, or when failed ones are resubmitted).
		scenario.publish(new CaseStudyPublished(missed, "The " + word + " shuttle", editor.organisationId()))
			.andWaitForStateChange(() -> suggestions.suggest(word + " " + word, Set.of()), found -> !found.isEmpty())
			.andVerify(found -> assertLearnt(found, word));
	}

	@Test
	void theNextPublicationOfAnyCaseTeachesTheMissedOneToo(Scenario scenario) {
		String word = inventedWord();
		publishedWhileTheRebuildFails(word);
		scenario.stimulate(() -> cases.published(editor.email(), secretariat.email(), "en", "Night markets",
				"Street vendors sell at night.", "Body."))
			.andWaitForStateChange(() -> suggestions.suggest(word + " " + word, Set.of()), found -> !found.isEmpty())
			.andVerifyEvents(events -> assertThat(events).contains(CaseStudyPublished.class)
				.matching(CaseStudyPublished::title, "Night markets"));
		assertLearnt(suggestions.suggest(word + " " + word, Set.of()), word);
	}

	/**
	 * Publishes a case whose title and summary say {@code word} while reading the published cases fails (the
	 * database was away), and waits until the suggester has tried to rebuild.
	 */
	long publishedWhileTheRebuildFails(String word) {
		doThrow(new DataAccessResourceFailureException("database unavailable")).when(caseStudies)
			.forEachPublishedText(any());
		long id = cases.published(editor.email(), secretariat.email(), "en", "The " + word + " shuttle",
				"Commuters ride the " + word + " to work.", "Body.");
		verify(caseStudies, timeout(20_000)).forEachPublishedText(any());
		reset(caseStudies);
		return id;
	}

	/** The case is on 11.2 (primary) and 3.6; either one first shows that the word was learnt. */
	static void assertLearnt(List<Suggestion> found, String word) {
		assertThat(found).extracting(Suggestion::target).containsAnyOf("11.2", "3.6");
		assertThat(found.get(0).words()).contains(word);
	}

	/** A word no text of the run contains, that the English analyser keeps as it is. */
	static String inventedWord() {
		return "zorblax" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
	}
}
