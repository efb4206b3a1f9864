package org.urbansdg.award;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.urbansdg.CaseFixtures;
import org.urbansdg.Mailbox;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Affiliation;
import org.urbansdg.account.AffiliationChanged;
import org.urbansdg.account.Role;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.casestudy.CaseStudyRecognised;
import org.urbansdg.casestudy.search.CaseSearchQuery;
import org.urbansdg.certificate.Certificates;
import org.urbansdg.member.Members;
import org.urbansdg.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/**
 * The awards: each step of a cycle from nomination to published results, one rule per test on a cycle of its own
 * ({@link #screened}, {@link #scored}, {@link #decided} walk a new cycle to where a step starts), and each rule that
 * refuses something (windows, double votes, own nominations, scores out of range, conflicted or unassigned judges,
 * tampered ids), checking that a refusal says why and changes nothing.
 */
@PlatformTest
@EnableScenarios
class AwardCycleTests {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	static final byte[] PDF = AwardTestSupport.PDF;

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardCycles cycles;

	@Autowired
	Nominations nominations;

	@Autowired
	Judging judging;

	@Autowired
	MembersChoice votes;

	@Autowired
	AwardResults results;

	@Autowired
	AwardTime time;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseStudies cases;

	@Autowired
	Certificates certificates;

	@Autowired
	ScoreSheetRepository sheets;

	@Autowired
	VoteRepository voteRepository;

	@Autowired
	NominationRepository nominationRepository;

	@Autowired
	AwardMails awardMails;

	@Autowired
	org.urbansdg.casestudy.CaseTestData caseTestData;

	People people;

	AwardTestSupport awards;

	Person secretariat;

	@BeforeEach
	void setUp() {
		people = new People(accounts, members);
		awards = new AwardTestSupport(cycles, time, accounts);
		secretariat = people.secretariat();
	}

	@AfterEach
	void resetClock() {
		awards.reset();
	}

	/** An organisation with an editor and a published case. */
	record Nominee(long organisation, Person editor, long caseId) {
	}

	Nominee nominee() {
		long organisation = people.organisation();
		Person editor = people.editorOf(organisation);
		return new Nominee(organisation, editor, fixtures.published(organisation, editor, secretariat));
	}

	MockMultipartHttpServletRequestBuilder nominate(long cycle, Nominee nominee, long category, String statement) {
		return nominate(cycle, nominee, category, statement, nominee.editor());
	}

	MockMultipartHttpServletRequestBuilder nominate(long cycle, Nominee nominee, long category, String statement,
			Person by) {
		return multipart("/awards/" + cycle + "/nominations")
			.file(new MockMultipartFile("evidence", "evidence.pdf", "application/pdf", PDF))
			.param("caseId", String.valueOf(nominee.caseId())).param("categoryId", String.valueOf(category))
			.param("statement", statement).with(csrf()).with(as(by));
	}

	long nominated(long cycle, Nominee nominee, int category) {
		awards.at(1);
		return nominations.nominate(awards.actor(nominee.editor()), cycle, nominee.caseId(),
				awards.category(cycle, category), "Because it works.", List.of());
	}

	/** Scores every criterion with the same value. */
	Map<Long, Integer> all(long cycle, int score) {
		Map<Long, Integer> scores = new java.util.HashMap<>();
		awards.criteria(cycle).forEach(c -> scores.put(c.getId(), score));
		return scores;
	}

	MockHttpServletRequestBuilder score(long nomination, long cycle, Person judge, String value, String action) {
		MockHttpServletRequestBuilder request = post("/judging/nominations/" + nomination).param("action", action)
			.with(csrf()).with(as(judge));
		for (Criterion c : awards.criteria(cycle)) {
			request = request.param("score-" + c.getId(), value);
		}
		return request;
	}

	/** Waits for a message to the person whose body contains the text, and returns that body. */
	static String mailTo(Person person, String text) {
		long deadline = System.currentTimeMillis() + 10_000;
		while (true) {
			var found = Mailbox.to(mail, person.email()).stream().map(Mailbox::body).filter(b -> b.contains(text)).findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			assertThat(System.currentTimeMillis()).as("mail to " + person.email() + " containing " + text).isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** A cycle with two nominations of category 0 (not yet screened) and two judges without an organisation. */
	record Screened(long cycle, Nominee a, Nominee b, long na, long nb, Person j1, Person j2) {
	}

	/** Both nominations screened eligible and both judges assigned to their category; the clock at day 16. */
	Screened screened() {
		long cycle = awards.cycle(secretariat, false);
		Nominee a = nominee();
		Nominee b = nominee();
		long na = nominated(cycle, a, 0);
		long nb = nominated(cycle, b, 0);
		awards.at(12);
		nominations.screen(awards.actor(secretariat), na, true, null);
		nominations.screen(awards.actor(secretariat), nb, true, null);
		Person j1 = AwardTestSupport.judge(people);
		Person j2 = AwardTestSupport.judge(people);
		for (Person judge : List.of(j1, j2)) {
			judging.assign(awards.actor(secretariat), cycle, awards.category(cycle, 0), judge.id());
		}
		awards.at(16);
		return new Screened(cycle, a, b, na, nb, j1, j2);
	}

	/**
	 * Screened, then scored by both judges (the first nomination 8 and 9, recommended by both; the second 6 and 7) and
	 * voted for by one organisation (the first); the clock at day 16.
	 */
	Screened scored() {
		Screened s = screened();
		judging.score(awards.actor(s.j1()), s.na(), all(s.cycle(), 8), "Strong data.", true,
				"Measured results that others can repeat.", true);
		judging.score(awards.actor(s.j1()), s.nb(), all(s.cycle(), 6), null, false, null, true);
		judging.score(awards.actor(s.j2()), s.na(), all(s.cycle(), 9), null, true, "Bold and proven.", true);
		judging.score(awards.actor(s.j2()), s.nb(), all(s.cycle(), 7), null, false, null, true);
		votes.vote(awards.actor(people.person(people.organisation())), s.na());
		return s;
	}

	/** Scored, then both nominations finalists, the first given the first prize, the second the members' choice;
	 * the clock at the announcement date (day 31). */
	Screened decided() {
		Screened s = scored();
		awards.at(30.5);
		Actor actor = awards.actor(secretariat);
		results.decide(actor, s.na(), Nomination.Outcome.FINALIST);
		results.decide(actor, s.nb(), Nomination.Outcome.FINALIST);
		results.decide(actor, s.na(), Nomination.Outcome.FIRST);
		results.decide(actor, s.nb(), Nomination.Outcome.MEMBERS_CHOICE);
		awards.at(31);
		return s;
	}

	/** The text of a page as a visitor sees it. */
	String page(String url) {
		try {
			return mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** How many published cases the "award" facet finds with this label. */
	long awardedWith(String label) {
		return cases.search(new CaseSearchQuery(null, null, null, null, null, null, null, null, null, null, null, null,
				List.of(label), null, null)).total();
	}

	@Test
	void editorsNominateTheirOrganisationsCasesWithEvidenceAndAreThanked() throws Exception {
		long cycle = awards.cycle(secretariat, false);
		long climate = awards.category(cycle, 0);
		Nominee a = nominee();
		Nominee b = nominee();
		Nominee c = nominee();

		awards.at(1);
		mvc.perform(get("/awards/" + cycle).with(as(a.editor()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Nominate a case")));
		mvc.perform(nominate(cycle, a, climate, "Bus lanes cut travel times by a fifth."))
			.andExpect(redirectedUrlPattern("/awards/nominations/*"));
		mvc.perform(nominate(cycle, b, climate, "Fares integrated across the region.")).andExpect(status().is3xxRedirection());
		mvc.perform(nominate(cycle, c, climate, "A fund for small climate projects.")).andExpect(status().is3xxRedirection());
		List<Nomination> list = nominations.ofCycle(cycle);
		assertThat(list).hasSize(3);
		assertThat(nominations.evidenceOf(list.get(0).getId())).extracting(Evidence::getFileName)
			.containsExactly("evidence.pdf");
		mailTo(a.editor(), "Thank you for nominating");
	}

	@Test
	void aNominationsSnapshotIsFrozenTheFirstTimeAnyoneLooksAfterNominationsClose() throws Exception {
		long cycle = awards.cycle(secretariat, false);
		Nominee a = nominee();
		long na = nominated(cycle, a, 0);
		awards.at(12);
		mvc.perform(get("/awards/nominations/" + na).with(as(a.editor()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("snapshot taken")));
		assertThat(nominations.get(na).getFrozenAt()).isNotNull();
	}

	@Test
	void screeningOutANominationTellsTheNomineeWhyAndIsLogged() throws Exception {
		long cycle = awards.cycle(secretariat, false);
		long na = nominated(cycle, nominee(), 0);
		Nominee c = nominee();
		long nc = nominated(cycle, c, 0);
		awards.at(12);
		mvc.perform(post("/admin/awards/nominations/" + na + "/screen").param("eligible", "true")
			.with(csrf()).with(as(secretariat))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/awards/nominations/" + nc + "/screen").param("eligible", "false")
			.param("reason", "The project started after the cut-off date.").with(csrf()).with(as(secretariat)))
			.andExpect(status().is3xxRedirection());
		assertThat(nominations.get(na).isEligible()).isTrue();
		assertThat(mailTo(c.editor(), "was found not eligible")).contains("The project started after the cut-off date.");
		mvc.perform(get("/awards/nominations/" + nc).with(as(c.editor())))
			.andExpect(content().string(containsString("The project started after the cut-off date.")));
		mvc.perform(get("/admin/awards/" + cycle).with(as(secretariat)))
			.andExpect(content().string(containsString("Screened: not eligible")));
	}

	@Test
	void judgesAssignedToACategoryAreInvitedByMail() throws Exception {
		long cycle = awards.cycle(secretariat, false);
		Person j1 = AwardTestSupport.judge(people);
		Person j2 = AwardTestSupport.judge(people);
		awards.at(12);
		for (Person judge : List.of(j1, j2)) {
			mvc.perform(post("/admin/awards/" + cycle + "/judges").param("categoryId", String.valueOf(awards.category(cycle, 0)))
				.param("userId", String.valueOf(judge.id())).with(csrf()).with(as(secretariat)))
				.andExpect(status().is3xxRedirection());
		}
		mailTo(j1, "invited to judge");
	}

	@Test
	void judgesScoreTheirNominationsWithoutSeeingEachOthersScoresOrComments() throws Exception {
		Screened s = screened();
		mvc.perform(get("/judging/" + s.cycle()).with(as(s.j1()))).andExpect(status().isOk())
			.andExpect(content().string(containsString(nominations.get(s.na()).getSnapshotTitle())));
		mvc.perform(score(s.na(), s.cycle(), s.j1(), "8", "save").param("comment", "Strong data."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(score(s.na(), s.cycle(), s.j1(), "8", "submit").param("recommend", "true")
			.param("rationale", "Measured results that others can repeat.")).andExpect(status().is3xxRedirection());
		mvc.perform(score(s.nb(), s.cycle(), s.j1(), "6", "submit")).andExpect(status().is3xxRedirection());
		mvc.perform(score(s.na(), s.cycle(), s.j2(), "9", "submit").param("recommend", "true")
			.param("rationale", "Bold and proven.")).andExpect(status().is3xxRedirection());
		mvc.perform(score(s.nb(), s.cycle(), s.j2(), "7", "submit")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/judging/nominations/" + s.na()).with(as(s.j2())))
			.andExpect(content().string(not(containsString("Strong data."))));
		mvc.perform(get("/admin/awards/" + s.cycle()).with(as(secretariat)))
			.andExpect(content().string(containsString("The ranking is shown once judging has closed")));
	}

	@Test
	void whileVotingIsOpenTheTotalsAndResultsStayHidden() throws Exception {
		Screened s = screened();
		Person voter = people.person(people.organisation());
		mvc.perform(post("/awards/nominations/" + s.na() + "/vote").with(csrf()).with(as(voter)))
			.andExpect(status().is3xxRedirection());
		assertThat(votes.totals(s.cycle())).as("totals stay hidden while voting is open").isEmpty();
		mvc.perform(get("/awards/" + s.cycle() + "/results")).andExpect(status().isNotFound());
	}

	@Test
	void onceJudgingClosesTheRankingShowsEachNominationsMeanSpreadAndVotes() throws Exception {
		Screened s = scored();
		awards.at(30.5);
		var lines = judging.ranking(awards.actor(secretariat), s.cycle()).values().iterator().next();
		assertThat(lines).extracting(l -> l.nomination().getId()).containsExactly(s.na(), s.nb());
		assertThat(lines.get(0).mean()).isEqualTo(8.5);
		assertThat(lines.get(0).min()).isEqualTo(8.0);
		assertThat(lines.get(0).max()).isEqualTo(9.0);
		assertThat(lines.get(0).votes()).isEqualTo(1);
		mvc.perform(get("/admin/awards/" + s.cycle()).with(as(secretariat))).andExpect(status().isOk())
			.andExpect(content().string(containsString("8.5")));
	}

	@Test
	void theScoresExportHasOneRowPerSubmittedSheet() throws Exception {
		Screened s = scored();
		awards.at(30.5);
		String csv = mvc.perform(get("/admin/awards/" + s.cycle() + "/scores.csv").with(as(secretariat)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(5);
	}

	@Test
	void finalistsAreChosenFirstAndEachPlaceIsGivenOncePerCategory() throws Exception {
		Screened s = scored();
		awards.at(30.5);
		for (String[] step : new String[][] { { String.valueOf(s.na()), "FINALIST" },
				{ String.valueOf(s.nb()), "FINALIST" }, { String.valueOf(s.na()), "FIRST" },
				{ String.valueOf(s.nb()), "MEMBERS_CHOICE" } }) {
			mvc.perform(post("/admin/awards/nominations/" + step[0] + "/outcome").param("outcome", step[1])
				.with(csrf()).with(as(secretariat))).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/admin/awards/nominations/" + s.nb() + "/outcome").param("outcome", "FIRST")
			.with(csrf()).with(as(secretariat))).andExpect(status().isConflict())
			.andExpect(content().string(containsString("That place is already given in this category.")));
	}

	@Test
	void resultsCannotBePublishedBeforeTheAnnouncementDate() throws Exception {
		long cycle = awards.cycle(secretariat, false);
		awards.at(30.5);
		mvc.perform(post("/admin/awards/" + cycle + "/publish").with(csrf()).with(as(secretariat)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("announcement date")));
	}

	@Test
	void publishedResultsShowTheWinnersWithTheJudgesRationalesAndCertifyFinalistsAndWinners() throws Exception {
		Screened s = decided();
		mvc.perform(post("/admin/awards/" + s.cycle() + "/publish").with(csrf()).with(as(secretariat)))
			.andExpect(redirectedUrlPattern("/awards/*/results"));
		mvc.perform(get("/awards/" + s.cycle() + "/results")).andExpect(status().isOk())
			.andExpect(content().string(containsString(nominations.get(s.na()).getSnapshotTitle())))
			.andExpect(content().string(containsString("First prize")))
			.andExpect(content().string(containsString("Measured results that others can repeat.")));
		String label = results.label(cycles.get(s.cycle()), Nomination.Outcome.FIRST);
		assertThat(certificates.ofRecipient(s.a().editor().id())).extracting(cert -> cert.getTitle()).contains(label);
		assertThat(certificates.ofRecipient(s.b().editor().id())).hasSize(1);
		mailTo(s.a().editor(), "are published");
		mvc.perform(get("/admin/awards/" + s.cycle()).with(as(secretariat)))
			.andExpect(content().string(containsString("Results published")));
	}

	/** The award module announces each winner; casestudy records the badge after the results are committed. */
	@Test
	void publishedResultsRecogniseEachWinningCaseOnItsPageAndInSearch(Scenario scenario) throws Exception {
		Screened s = decided();
		String label = results.label(cycles.get(s.cycle()), Nomination.Outcome.FIRST);
		assertThat(page("/cases/" + s.a().caseId())).doesNotContain(label);
		// The index is written after the database commits, so once search finds the badge the page shows it too.
		scenario.stimulate(() -> results.publish(awards.actor(secretariat), s.cycle()))
			.andWaitForStateChange(() -> awardedWith(label), total -> total == 1)
			.andVerifyEvents(events -> assertThat(events).contains(CaseStudyRecognised.class)
				.matching(e -> e.caseStudyId() == s.a().caseId())
				.matching(CaseStudyRecognised::label, label));
		assertThat(page("/cases/" + s.a().caseId())).contains(label);
		mvc.perform(get("/search").param("award", label)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Award winners")))
			.andExpect(content().string(containsString("(1)")));
	}

	@Test
	void nominationsAreAcceptedOnlyInTheirWindowAndOncePerCase() throws Exception {
		long cycle = awards.cycle(secretariat, false);
		long category = awards.category(cycle, 0);
		Nominee a = nominee();
		awards.at(-0.5);
		mvc.perform(nominate(cycle, a, category, "Too early.")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Nominations are not open for this cycle.")));
		awards.at(10);
		mvc.perform(nominate(cycle, a, category, "Too late.")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Nominations are not open for this cycle.")));
		awards.at(5);
		mvc.perform(nominate(cycle, a, category, "On time.")).andExpect(status().is3xxRedirection());
		mvc.perform(nominate(cycle, a, category, "Again.")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("This case is already nominated in this cycle.")));
		assertThat(nominations.ofCycle(cycle)).hasSize(1);
	}

	@Test
	void aStatementLongerThanANominationKeepsIsRefusedAndKept() throws Exception {
		long cycle = awards.cycle(secretariat, false);
		awards.at(5);
		String statement = "Ours " + "s".repeat(9000);
		mvc.perform(nominate(cycle, nominee(), awards.category(cycle, 0), statement))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Write a supporting statement of up to 8,000 characters.")))
			.andExpect(content().string(containsString(statement)));
		assertThat(nominations.ofCycle(cycle)).isEmpty();
	}

	@Test
	void onlyTheOrganisationsOwnPublishedCasesCanBeNominated() throws Exception {
		long cycle = awards.cycle(secretariat, false);
		Nominee a = nominee();
		Nominee b = nominee();
		awards.at(1);
		mvc.perform(nominate(cycle, new Nominee(b.organisation(), b.editor(), a.caseId()), awards.category(cycle, 0), "Not ours."))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("You can only nominate cases of your own organisation.")));
		mvc.perform(nominate(cycle, new Nominee(a.organisation(), a.editor(), 999_999_999L), awards.category(cycle, 0), "Unknown."))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Only published cases can be nominated.")));
		long otherCycle = awards.cycle(secretariat, false);
		awards.at(1);
		mvc.perform(nominate(cycle, a, awards.category(otherCycle, 0), "Tampered category."))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("That category is not part of this award cycle.")));
		mvc.perform(nominate(cycle, a, awards.category(cycle, 0), "Member only.", people.member()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Only editors and focal points")));
		assertThat(nominations.ofCycle(cycle)).isEmpty();
	}

	@Test
	void aCaseStillInReviewIsNominatedAndTakesPartOncePublished() throws Exception {
		long cycle = awards.cycle(secretariat, false);
		long organisation = people.organisation();
		Person editor = people.editorOf(organisation);
		long draft = fixtures.draft(editor);
		awards.at(1);
		mvc.perform(get("/awards/" + cycle).with(as(editor)))
			.andExpect(content().string(containsString("Not yet published (takes part once published)")));
		mvc.perform(nominate(cycle, new Nominee(organisation, editor, draft), awards.category(cycle, 0), "Soon."))
			.andExpect(status().is3xxRedirection());
		Nomination n = nominations.ofCycle(cycle).get(0);
		assertThat(n.isAwaitingPublication()).isTrue();
		mvc.perform(post("/admin/awards/nominations/" + n.getId() + "/screen").param("eligible", "true")
			.with(csrf()).with(as(secretariat))).andExpect(status().isConflict())
			.andExpect(content().string(containsString("takes part once its case is published")));
		caseTestData.submit(editor.email(), draft);
		caseTestData.publish(secretariat.email(), draft);
		long deadline = System.currentTimeMillis() + 10_000;
		while (nominations.get(n.getId()).isAwaitingPublication() && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertThat(nominations.get(n.getId()).isAwaitingPublication()).isFalse();
		nominations.screen(awards.actor(secretariat), n.getId(), true, null);
		assertThat(nominations.get(n.getId()).isEligible()).isTrue();
	}

	@Test
	void screeningCanMoveANominationWithANoteAndRecordsWhoDidIt() throws Exception {
		long cycle = awards.cycle(secretariat, false);
		long n = nominated(cycle, nominee(), 0);
		mvc.perform(post("/admin/awards/nominations/" + n + "/move").param("categoryId",
				String.valueOf(awards.category(cycle, 1))).with(csrf()).with(as(secretariat)))
			.andExpect(status().isConflict()).andExpect(content().string(containsString("Give a note")));
		mvc.perform(post("/admin/awards/nominations/" + n + "/move").param("categoryId",
				String.valueOf(awards.category(cycle, 1))).param("note", "Finance fits better.")
			.with(csrf()).with(as(secretariat))).andExpect(status().is3xxRedirection());
		assertThat(nominations.get(n).getCategoryId()).isEqualTo(awards.category(cycle, 1));
		mvc.perform(post("/admin/awards/nominations/" + n + "/screen").param("eligible", "false")
			.with(csrf()).with(as(secretariat))).andExpect(status().isConflict())
			.andExpect(content().string(containsString("Give a reason.")));
		assertThat(nominations.get(n).getStatus()).isEqualTo(Nomination.Status.SUBMITTED);
		mvc.perform(get("/admin/awards/" + cycle).with(as(secretariat)))
			.andExpect(content().string(containsString("Finance fits better.")))
			.andExpect(content().string(containsString(secretariat.email().substring(7, 13))));
		awards.at(15);
		mvc.perform(post("/admin/awards/nominations/" + n + "/screen").param("eligible", "true")
			.with(csrf()).with(as(secretariat))).andExpect(status().isConflict())
			.andExpect(content().string(containsString("Screening has ended")));
	}

	@Test
	void notesReasonsAndCategoryNamesLongerThanTheDatabaseKeepsAreRefusedWithAMessage() throws Exception {
		long cycle = awards.cycle(secretariat, false);
		long n = nominated(cycle, nominee(), 0);
		mvc.perform(post("/admin/awards/nominations/" + n + "/move").param("categoryId",
				String.valueOf(awards.category(cycle, 1))).param("note", "n".repeat(2000))
			.with(csrf()).with(as(secretariat)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Keep the note to 1,500 characters at most.")));
		assertThat(nominations.get(n).getCategoryId()).isEqualTo(awards.category(cycle, 0));
		mvc.perform(post("/admin/awards/nominations/" + n + "/screen").param("eligible", "false")
			.param("reason", "r".repeat(3000)).with(csrf()).with(as(secretariat)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Keep the reason to 2,000 characters at most.")));
		assertThat(nominations.get(n).getStatus()).isEqualTo(Nomination.Status.SUBMITTED);

		// A category name used to be cut at 200 characters without a word; now the form says so.
		String name = "Awards " + UUID.randomUUID();
		mvc.perform(cycleForm(name, "Climate\n" + "c".repeat(300)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep each line to 200 characters at most.")))
			.andExpect(content().string(containsString("c".repeat(300))));
		mvc.perform(get("/admin/awards").with(as(secretariat))).andExpect(content().string(not(containsString(name))));
		// The form itself works (its dates were read as null before, a 500).
		mvc.perform(cycleForm(name, "Climate\nFinance")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/awards").with(as(secretariat))).andExpect(content().string(containsString(name)));
	}

	org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder cycleForm(String name, String categories) {
		return post("/admin/awards").with(csrf()).with(as(secretariat))
			.param("name", name).param("year", "2032").param("description", "About.")
			.param("eligibility", "Members.").param("timeZone", "Asia/Seoul")
			.param("nominationsOpen", "2032-01-01T09:00").param("nominationsClose", "2032-01-10T09:00")
			.param("screeningClose", "2032-01-15T09:00").param("votingOpen", "2032-01-15T09:00")
			.param("votingClose", "2032-01-25T09:00").param("judgingOpen", "2032-01-15T09:00")
			.param("judgingClose", "2032-01-30T09:00").param("resultsAt", "2032-01-31T09:00")
			.param("categories", categories);
	}

	/** An eligible nomination in category 0 with a judge assigned, at the start of judging. */
	record Judged(long cycle, long nomination, Person judge, Nominee nominee) {
	}

	Judged judged() {
		long cycle = awards.cycle(secretariat, false);
		Nominee nominee = nominee();
		long n = nominated(cycle, nominee, 0);
		awards.at(12);
		nominations.screen(awards.actor(secretariat), n, true, null);
		Person judge = AwardTestSupport.judge(people);
		judging.assign(awards.actor(secretariat), cycle, awards.category(cycle, 0), judge.id());
		awards.at(16);
		return new Judged(cycle, n, judge, nominee);
	}

	@Test
	void scoresOutOfRangeOrForUnknownCriteriaAreRefusedAndNothingIsSaved() throws Exception {
		Judged j = judged();
		for (String bad : List.of("0", "11", "seven", "-3")) {
			mvc.perform(score(j.nomination(), j.cycle(), j.judge(), bad, "save"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Scores are whole numbers from 1 to 10.")));
		}
		assertThat(sheets.findByNominationIdAndUserId(j.nomination(), j.judge().id())).isEmpty();
		long otherCycle = awards.cycle(secretariat, false);
		awards.at(16);
		mvc.perform(post("/judging/nominations/" + j.nomination()).param("score-" + awards.criteria(otherCycle).get(0).getId(), "5")
			.with(csrf()).with(as(j.judge()))).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("That criterion is not part of this award cycle.")));
		mvc.perform(score(j.nomination(), j.cycle(), j.judge(), "", "submit"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Score every criterion before submitting.")));
		assertThat(sheets.findByNominationIdAndUserId(j.nomination(), j.judge().id())).isEmpty();
	}

	@Test
	void scoresAreSubmittedOnceAndOnlyInTheJudgingWindow() throws Exception {
		Judged j = judged();
		awards.at(14);
		assertThatThrownBy(() -> judging.score(awards.actor(j.judge()), j.nomination(), all(j.cycle(), 5), null, false,
				null, false)).isInstanceOf(DomainException.class).hasMessage("award.judgingClosed");
		awards.at(16);
		mvc.perform(score(j.nomination(), j.cycle(), j.judge(), "6", "submit").param("recommend", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Write a rationale")));
		mvc.perform(score(j.nomination(), j.cycle(), j.judge(), "6", "submit")).andExpect(status().is3xxRedirection());
		mvc.perform(score(j.nomination(), j.cycle(), j.judge(), "9", "save"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("already submitted")));
		assertThat(sheets.findByNominationIdAndUserId(j.nomination(), j.judge().id()).orElseThrow().getScores())
			.allSatisfy((criterion, score) -> assertThat(score).isEqualTo(6));
		awards.at(30);
		Judged k = judged();
		awards.at(30);
		mvc.perform(score(k.nomination(), k.cycle(), k.judge(), "6", "save")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Judging is not open for this cycle.")));
	}

	@Test
	void conflictedAndUnassignedJudgesCannotScore() throws Exception {
		Judged j = judged();
		Person colleague = people.person(j.nominee().organisation(), Role.JUDGE);
		Person neighbour = people.person(people.organisation(), Role.JUDGE);
		Person unassigned = AwardTestSupport.judge(people);
		long category = awards.category(j.cycle(), 0);
		awards.at(12);
		judging.assign(awards.actor(secretariat), j.cycle(), category, colleague.id());
		judging.assign(awards.actor(secretariat), j.cycle(), category, neighbour.id());
		awards.at(16);
		mvc.perform(score(j.nomination(), j.cycle(), colleague, "7", "save")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("conflict of interest")));
		mvc.perform(score(j.nomination(), j.cycle(), neighbour, "7", "save")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("conflict of interest")));
		mvc.perform(get("/judging/" + j.cycle()).with(as(neighbour)))
			.andExpect(content().string(containsString("Your organisation, now or earlier in this cycle, is in the nominee&#39;s city")));
		mvc.perform(score(j.nomination(), j.cycle(), unassigned, "7", "save")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("You are not assigned to judge this nomination.")));
		mvc.perform(score(999_999_999L, j.cycle(), j.judge(), "7", "save")).andExpect(status().isConflict())
			.andExpect(content().string(containsString("You are not assigned to judge this nomination.")));
		mvc.perform(score(j.nomination(), j.cycle(), j.judge(), "7", "save")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/judging/nominations/" + j.nomination() + "/conflict").param("reason", "Former adviser.")
			.with(csrf()).with(as(j.judge()))).andExpect(status().is3xxRedirection());
		mvc.perform(score(j.nomination(), j.cycle(), j.judge(), "7", "save")).andExpect(status().isConflict());
		assertThat(sheets.findByNominationIdAndUserId(j.nomination(), j.judge().id())).as("unsent sheet discarded").isEmpty();
		assertThat(sheets.findByNominationIdIn(List.of(j.nomination()))).isEmpty();
		var progress = judging.progress(awards.actor(secretariat), j.cycle());
		assertThat(progress).filteredOn(p -> p.judgeId() == colleague.id()).singleElement()
			.satisfies(p -> assertThat(p.conflicted()).isEqualTo(1));
	}

	/** An organisation in good standing in a city of its own, so that no test case is in its city. */
	long organisationElsewhere() {
		long city = members.addCity("Town " + java.util.UUID.randomUUID(), "KR", null, null, null).getId();
		return members.addOrganisation("Elsewhere " + java.util.UUID.randomUUID(),
				org.urbansdg.member.Organisation.Type.LOCAL_GOVERNMENT, "KR", city,
				org.urbansdg.member.Organisation.Membership.ACTIVE, null).getId();
	}

	/** The person names another organisation on their profile, or none. */
	void changeOrganisation(Person person, Long organisation) throws Exception {
		mvc.perform(post("/account/profile").param("displayName", "Judge " + person.id())
			.param("organisationId", organisation == null ? "" : String.valueOf(organisation))
			.with(csrf()).with(as(person))).andExpect(status().is3xxRedirection());
	}

	/** The secretariat's page of the cycle once it shows every text (affiliation changes arrive after commit). */
	String adminPageShowing(long cycle, String... texts) throws Exception {
		long deadline = System.currentTimeMillis() + 10_000;
		while (true) {
			String page = mvc.perform(get("/admin/awards/" + cycle).with(as(secretariat))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			if (java.util.Arrays.stream(texts).allMatch(page::contains)) {
				return page;
			}
			assertThat(System.currentTimeMillis()).as("admin page of cycle " + cycle + " showing " + List.of(texts))
				.isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	String organisationName(long organisation) {
		return members.organisation(organisation).orElseThrow().getName();
	}

	void assign(long cycle, Person judge) throws Exception {
		mvc.perform(post("/admin/awards/" + cycle + "/judges").param("categoryId", String.valueOf(awards.category(cycle, 0)))
			.param("userId", String.valueOf(judge.id())).with(csrf()).with(as(secretariat)))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void clearingOrChangingTheOrganisationAfterAssignmentLiftsNoConflictAndIsFlagged() throws Exception {
		long cycle = awards.cycle(secretariat, false);
		Nominee nominee = nominee();
		long n = nominated(cycle, nominee, 0);
		awards.at(12);
		nominations.screen(awards.actor(secretariat), n, true, null);
		Person colleague = people.person(nominee.organisation(), Role.JUDGE);
		Person neighbour = people.person(people.organisation(), Role.JUDGE);
		assign(cycle, colleague);
		assign(cycle, neighbour);
		// The colleague clears the organisation; the neighbour moves to one in another city.
		changeOrganisation(colleague, null);
		long elsewhere = organisationElsewhere();
		changeOrganisation(neighbour, elsewhere);
		assertThat(accounts.actor(colleague.id()).orElseThrow().organisationId()).isNull();
		assertThat(accounts.profile(neighbour.id()).organisationId()).isEqualTo(elsewhere);

		awards.at(16);
		for (Person judge : List.of(colleague, neighbour)) {
			mvc.perform(get("/judging/nominations/" + n).with(as(judge))).andExpect(status().isConflict())
				.andExpect(content().string(containsString("conflict of interest")));
			mvc.perform(score(n, cycle, judge, "9", "submit")).andExpect(status().isConflict())
				.andExpect(content().string(containsString("conflict of interest")));
		}
		assertThat(sheets.findByNominationIdIn(List.of(n))).isEmpty();
		mvc.perform(get("/judging/" + cycle).with(as(colleague)))
			.andExpect(content().string(containsString("You act, or acted during this cycle, for the nominee&#39;s organisation")));
		mvc.perform(get("/judging/" + cycle).with(as(neighbour)))
			.andExpect(content().string(containsString("Your organisation, now or earlier in this cycle, is in the nominee&#39;s city")));
		assertThat(judging.progress(awards.actor(secretariat), cycle)).allSatisfy(p -> assertThat(p.conflicted()).isEqualTo(1));

		// The secretariat sees both judges flagged, with what was recorded, and the changes in the decision log.
		String page = adminPageShowing(cycle,
				"Judge " + colleague.id() + ": " + organisationName(nominee.organisation()) + " → —",
				"Judge " + neighbour.id() + ": " + organisationName(neighbour.organisationId()) + " → "
						+ organisationName(elsewhere));
		String flagged = page.substring(page.indexOf("id=\"affiliation-changes\""), page.indexOf("id=\"ranking\""));
		assertThat(flagged).contains("Judges whose affiliation changed during this cycle")
			.contains("Judge " + colleague.id()).contains("Judge " + neighbour.id()).contains("no organisation")
			.contains(organisationName(elsewhere));
		assertThat(page).contains("Judge&#39;s affiliation changed");
	}

	/** The organisations recorded for one judge of a cycle, oldest first ({@code null}: none). */
	List<String> history(long cycle, Person judge) {
		return judging.affiliationChanges(awards.actor(secretariat), cycle).stream()
			.filter(c -> c.judgeId() == judge.id()).findFirst()
			.map(c -> c.history().stream().map(JudgeAffiliations.Entry::organisation).toList()).orElse(List.of());
	}

	@Test
	void accountAnnouncesAnAffiliationChangeAndAwardRecordsItForTheJudgesCycles(Scenario scenario) {
		Judged j = judged();
		long organisation = organisationElsewhere();
		long judge = j.judge().id();
		scenario.stimulate(() -> accounts.updateProfile(judge, "Judge " + judge, null, "en", organisation))
			.andWaitForStateChange(() -> history(j.cycle(), j.judge()), h -> h.size() == 2)
			.andVerifyEvents(events -> assertThat(events).contains(AffiliationChanged.class)
				.matching(e -> e.userId() == judge && e.changedBy() == judge)
				.matching(AffiliationChanged::organisationId, organisation)
				.matching(AffiliationChanged::affiliation, Affiliation.REQUESTED));
		assertThat(history(j.cycle(), j.judge())).containsExactly(null, organisationName(organisation));

		scenario.publish(new AffiliationChanged(judge, null, Affiliation.NONE, judge))
			.andWaitForStateChange(() -> history(j.cycle(), j.judge()), h -> h.size() == 3)
			.andVerify(h -> assertThat(h).containsExactly(null, organisationName(organisation), null));
	}

	@Test
	void aSheetIsLeftOutOfTheRankingWhenItsJudgeWasWithTheNomineeDuringTheCycle() throws Exception {
		long cycle = awards.cycle(secretariat, false);
		Nominee nominee = nominee();
		long n = nominated(cycle, nominee, 0);
		awards.at(12);
		nominations.screen(awards.actor(secretariat), n, true, null);
		Person turncoat = people.person(organisationElsewhere(), Role.JUDGE);
		Person steady = people.person(organisationElsewhere(), Role.JUDGE);
		assign(cycle, turncoat);
		assign(cycle, steady);
		awards.at(16);
		mvc.perform(score(n, cycle, turncoat, "9", "submit")).andExpect(status().is3xxRedirection());
		mvc.perform(score(n, cycle, steady, "6", "submit")).andExpect(status().is3xxRedirection());
		// After submitting, the judge joins the nominee's organisation for a while, then names none.
		changeOrganisation(turncoat, nominee.organisation());
		adminPageShowing(cycle, "→ " + organisationName(nominee.organisation()));
		changeOrganisation(turncoat, null);
		adminPageShowing(cycle, organisationName(nominee.organisation()) + " → —");

		awards.at(30.5);
		var line = judging.ranking(awards.actor(secretariat), cycle).values().iterator().next().get(0);
		assertThat(line.sheets()).as("only the steady judge's sheet counts").isEqualTo(1);
		assertThat(line.mean()).isEqualTo(6.0);
		String csv = mvc.perform(get("/admin/awards/" + cycle + "/scores.csv").with(as(secretariat)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(2);
	}

	@Test
	void evidenceIsReadOnlyByTheSecretariatTheNomineeItsJudgesAndThoseWhoMayVote() throws Exception {
		long cycle = awards.cycle(secretariat, false);
		Nominee nominee = nominee();
		awards.at(1);
		mvc.perform(nominate(cycle, nominee, awards.category(cycle, 0), "With evidence."))
			.andExpect(status().is3xxRedirection());
		Nomination n = nominations.ofCycle(cycle).get(0);
		String file = "/awards/nominations/" + n.getId() + "/evidence/" + nominations.evidenceOf(n.getId()).get(0).getId();
		awards.at(12);
		nominations.screen(awards.actor(secretariat), n.getId(), true, null);
		Person judge = AwardTestSupport.judge(people);
		Person conflicted = people.person(people.organisation(), Role.JUDGE);
		Person unassigned = AwardTestSupport.judge(people);
		assign(cycle, judge);
		assign(cycle, conflicted);
		Person focalPoint = people.person(nominee.organisation(), Role.FOCAL_POINT);
		Person colleague = people.person(nominee.organisation());
		Person voter = people.person(people.organisation());
		Person lapsed = people.person(members.addOrganisation("Lapsed " + java.util.UUID.randomUUID(),
				org.urbansdg.member.Organisation.Type.LOCAL_GOVERNMENT, "KR", members.cities().get(0).getId(),
				org.urbansdg.member.Organisation.Membership.LAPSED, null).getId());
		Person unaffiliated = people.member();

		// Before voting: the secretariat, the nominee's editors and focal points, and its unconflicted judges.
		for (Person reader : List.of(secretariat, nominee.editor(), focalPoint, judge)) {
			mvc.perform(get(file).with(as(reader))).andExpect(status().isOk())
				.andExpect(content().bytes(PDF));
		}
		for (Person other : List.of(conflicted, unassigned, colleague, voter, lapsed, unaffiliated)) {
			mvc.perform(get(file).with(as(other))).andExpect(status().isNotFound());
		}
		mvc.perform(get(file)).andExpect(redirectedUrl("/sign-in"));

		// Voting open: also users who may vote (confirmed for an organisation in good standing), the conflicted
		// judge among them as a member of one; not everyone signed in.
		awards.at(16);
		for (Person reader : List.of(secretariat, nominee.editor(), focalPoint, judge, colleague, voter, conflicted)) {
			mvc.perform(get(file).with(as(reader))).andExpect(status().isOk());
		}
		for (Person other : List.of(unassigned, lapsed, unaffiliated)) {
			mvc.perform(get(file).with(as(other))).andExpect(status().isNotFound());
			mvc.perform(get("/awards/nominations/" + n.getId()).with(as(other))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("evidence.pdf"))));
		}
		mvc.perform(get("/awards/nominations/" + n.getId()).with(as(voter)))
			.andExpect(content().string(containsString("evidence.pdf")));
	}

	@Test
	void votesAreOnePerOrganisationAndCategoryNeverForTheirOwnAndOnlyWhileVotingIsOpen() throws Exception {
		Judged j = judged();
		Nominee other = nominee();
		awards.at(1);
		long second = nominations.nominate(awards.actor(other.editor()), j.cycle(), other.caseId(),
				awards.category(j.cycle(), 0), "Also good.", List.of());
		awards.at(12);
		nominations.screen(awards.actor(secretariat), second, true, null);
		long voters = people.organisation();
		Person first = people.person(voters);
		Person colleague = people.person(voters);
		Person own = people.person(j.nominee().organisation());
		Person unaffiliated = people.member();

		awards.at(14);
		mvc.perform(post("/awards/nominations/" + j.nomination() + "/vote").with(csrf()).with(as(first)))
			.andExpect(status().isConflict()).andExpect(content().string(containsString("Voting is not open")));
		awards.at(16);
		mvc.perform(post("/awards/nominations/" + j.nomination() + "/vote").with(csrf()).with(as(own)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("cannot vote for its own nomination")));
		mvc.perform(post("/awards/nominations/" + j.nomination() + "/vote").with(csrf()).with(as(unaffiliated)))
			.andExpect(status().isConflict()).andExpect(content().string(containsString("confirmed users")));
		mvc.perform(post("/awards/nominations/999999999/vote").with(csrf()).with(as(first)))
			.andExpect(status().isConflict()).andExpect(content().string(containsString("cannot be voted for")));
		mvc.perform(post("/awards/nominations/" + j.nomination() + "/vote").with(csrf()).with(as(first)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/awards/nominations/" + second + "/vote").with(csrf()).with(as(colleague)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("already voted in this category")));
		mvc.perform(get("/awards/" + j.cycle()).with(as(colleague)))
			.andExpect(content().string(containsString("Your organisation&#39;s vote")));
		assertThat(voteRepository.findByCycleId(j.cycle())).hasSize(1);
		assertThat(votes.totals(j.cycle())).isEmpty();
		awards.at(25);
		mvc.perform(post("/awards/nominations/" + second + "/vote").with(csrf()).with(as(people.person(people.organisation()))))
			.andExpect(status().isConflict()).andExpect(content().string(containsString("Voting is not open")));
		assertThat(votes.totals(j.cycle())).hasValueSatisfying(t -> assertThat(t).containsEntry(j.nomination(), 1L));
	}

	@Test
	void judgesWithUnsubmittedSheetsAreRemindedOnceShortlyBeforeJudgingCloses() throws Exception {
		Judged j = judged();
		Person done = AwardTestSupport.judge(people);
		awards.at(12);
		judging.assign(awards.actor(secretariat), j.cycle(), awards.category(j.cycle(), 0), done.id());
		awards.at(17);
		judging.score(awards.actor(done), j.nomination(), all(j.cycle(), 7), null, false, null, true);
		awardMails.remindJudges();
		assertThat(Mailbox.to(mail, j.judge().email()).stream().map(Mailbox::body)).noneMatch(b -> b.contains("closes soon"));
		awards.at(28.5);
		awardMails.remindJudges();
		awardMails.remindJudges();
		mailTo(j.judge(), "Judging closes soon");
		assertThat(Mailbox.to(mail, j.judge().email()).stream().map(Mailbox::body).filter(b -> b.contains("closes soon")))
			.hasSize(1);
		assertThat(Mailbox.to(mail, done.email()).stream().map(Mailbox::body)).noneMatch(b -> b.contains("closes soon"));
	}

	@Test
	void csvExportsNeutraliseFormulas() throws Exception {
		long cycle = awards.cycle(secretariat, false);
		Nominee a = nominee();
		awards.at(1);
		nominations.nominate(awards.actor(a.editor()), cycle, a.caseId(), awards.category(cycle, 0),
				"=HYPERLINK(\"http://evil.example\")", List.of());
		String csv = mvc.perform(get("/admin/awards/" + cycle + "/nominations.csv").with(as(secretariat)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
		mvc.perform(get("/admin/awards/" + cycle + "/scores.csv").with(as(secretariat)))
			.andExpect(status().isConflict());
	}

	@Test
	void theDemoShowsACompletedCycleWithBadgesAndAnOpenOne() throws Exception {
		awards.reset();
		var all = cycles.all();
		AwardCycle completed = all.stream().filter(c -> c.getName().equals(DemoAwards.COMPLETED)).findFirst().orElseThrow();
		assertThat(all).extracting(AwardCycle::getName).contains(DemoAwards.OPEN);
		mvc.perform(get("/awards/" + completed.getId() + "/results")).andExpect(status().isOk())
			.andExpect(content().string(containsString("First prize")));
		Nomination winner = nominationRepository.findByCycleIdOrderByIdAsc(completed.getId()).get(0);
		// The demo announces its badges like real results: casestudy records them after the demo data commits.
		long deadline = System.currentTimeMillis() + 10_000;
		while (!page("/cases/" + winner.getCaseId()).contains("award-badge") && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		mvc.perform(get("/cases/" + winner.getCaseId())).andExpect(content().string(containsString("award-badge")));
		mvc.perform(get("/awards")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Open for nominations")));
	}
}
