package org.urbansdg.cooperation;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.urbansdg.CaseFixtures;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Role;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/**
 * The pages of a request: "Learn from this practice" on the case page, the ask form and its refusals (what was typed
 * stays), the workspace, the request page (404 for anyone not a party, contact details only once accepted, actions
 * only for who may take them) and the forms of its steps.
 */
@PlatformTest
class CooperationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cooperations cooperations;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Challenges challenges;

	long owner;

	Person ownerEditor;

	Person ownerFocalPoint;

	Person asker;

	Person secretariat;

	Person stranger;

	long caseId;

	@BeforeEach
	void setUp() {
		People people = new People(accounts, members);
		owner = people.organisation();
		ownerEditor = people.editorOf(owner);
		ownerFocalPoint = people.person(owner, Role.FOCAL_POINT);
		asker = people.editorOf(people.organisation());
		secretariat = people.secretariat();
		stranger = people.editorOf(people.organisation());
		caseId = fixtures.published(owner, ownerEditor, secretariat);
	}

	Actor actor(Person person) {
		return accounts.actor(person.id()).orElseThrow();
	}

	MockHttpServletRequestBuilder ask(long caseId) {
		return post("/cooperation/ask").param("case", String.valueOf(caseId)).with(csrf());
	}

	/** A complete form, with the fields given as name, value, ... in place of the defaults. */
	MockHttpServletRequestBuilder filled(long caseId, String... changed) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("aim", "Typed aim: fewer cars downtown");
		fields.put("populationBand", "FROM_1M_TO_5M");
		fields.put("budgetBand", "UNDER_50K");
		fields.put("region", "Typed region");
		fields.put("targets", "11.2, 11.6");
		fields.put("constraints", "Typed constraints");
		fields.put("preferredLanguage", "en");
		fields.put("timeframe", "WITHIN_A_YEAR");
		for (int i = 0; i < changed.length; i += 2) {
			fields.put(changed[i], changed[i + 1]);
		}
		MockHttpServletRequestBuilder request = ask(caseId).param("help", "CALL", "STUDY_VISIT");
		fields.forEach(request::param);
		return request;
	}

	long requests() {
		return jdbc.queryForObject("select count(*) from cooperation_request where case_study_id = ?", Long.class, caseId);
	}

	long requested() {
		return cooperations.ask(actor(asker), new Cooperations.Ask(caseId, null, Set.of(HelpKind.CALL), "Aim", null,
				null, null, Set.of(), null, "en", Timeframe.LONGER));
	}

	@Test
	void theCasePageOffersLearningToOtherOrganisationsAndSignInToVisitorsButNothingToItsOwners() throws Exception {
		String link = "/cooperation/ask?case=" + caseId;
		mvc.perform(get("/cases/" + caseId).with(as(asker))).andExpect(content().string(containsString(link)));
		mvc.perform(get("/cases/" + caseId)).andExpect(content().string(not(containsString(link))))
			.andExpect(content().string(containsString("Sign in to learn from this practice")));
		mvc.perform(get("/cases/" + caseId).with(as(ownerEditor))).andExpect(content().string(not(containsString(link))))
			.andExpect(content().string(not(containsString("learn from this practice"))));
		mvc.perform(get("/cases/" + caseId).param("lang", "ko").with(as(asker)))
			.andExpect(content().string(containsString("이 우수사례에서 배우기")));
	}

	@Test
	void aMemberOfAnotherOrganisationAsksAndLandsOnTheRequest() throws Exception {
		mvc.perform(get("/cooperation/ask").param("case", String.valueOf(caseId)).with(as(asker)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Send the request")));
		mvc.perform(filled(caseId).with(as(asker))).andExpect(redirectedUrlPattern("/cooperation/*"));
		assertThat(requests()).isEqualTo(1);
		long id = jdbc.queryForObject("select id from cooperation_request where case_study_id = ?", Long.class, caseId);
		CooperationRequest request = cooperations.get(actor(asker), id);
		assertThat(request.getHelp()).containsExactlyInAnyOrder(HelpKind.CALL, HelpKind.STUDY_VISIT);
		assertThat(request.getTargets()).containsExactly("11.2", "11.6");
		assertThat(request.getRegion()).isEqualTo("Typed region");
		mvc.perform(get("/cooperation/" + id).with(as(asker))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Typed aim: fewer cars downtown")));
	}

	@Test
	void anIncompleteFormComesBackWithWhatWasTypedAndStoresNothing() throws Exception {
		mvc.perform(ask(caseId).param("aim", "Typed aim kept").param("region", "Typed region kept")
			.param("preferredLanguage", "en").with(as(asker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose at least one kind of help.")))
			.andExpect(content().string(containsString("Choose when you hope to use what you learn.")))
			.andExpect(content().string(containsString("Typed aim kept")))
			.andExpect(content().string(containsString("Typed region kept")));
		mvc.perform(filled(caseId, "targets", "11.2, 42.42").with(as(asker))).andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no SDG target 42.42.")))
			.andExpect(content().string(containsString("Typed constraints")));
		mvc.perform(filled(caseId, "aim", "x".repeat(CooperationRequest.MAX_AIM + 1)).with(as(asker)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Typed constraints")));
		mvc.perform(filled(caseId, "timeframe", "TOMORROW").with(as(asker))).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"CALL\" checked")))
			.andExpect(content().string(containsString("Typed constraints")));
		assertThat(requests()).isZero();
	}

	@Test
	void anOrganisationAskingItselfOrTwiceIsToldWhyAndKeepsWhatItTyped() throws Exception {
		mvc.perform(get("/cooperation/ask").param("case", String.valueOf(caseId)).with(as(ownerEditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("an organisation cannot ask itself")))
			.andExpect(content().string(not(containsString("Send the request"))));
		mvc.perform(filled(caseId).with(as(ownerEditor))).andExpect(status().isOk())
			.andExpect(content().string(containsString("an organisation cannot ask itself")))
			.andExpect(content().string(containsString("Typed aim: fewer cars downtown")));
		requested();
		mvc.perform(get("/cooperation/ask").param("case", String.valueOf(caseId)).with(as(asker)))
			.andExpect(content().string(containsString("already has an open request")));
		mvc.perform(filled(caseId).with(as(asker))).andExpect(status().isOk())
			.andExpect(content().string(containsString("already has an open request")))
			.andExpect(content().string(containsString("Typed aim: fewer cars downtown")));
		assertThat(requests()).isEqualTo(1);
	}

	long challengeOf(Person poster) {
		return challenges.post(actor(poster), new Challenges.Details("Challenge " + System.nanoTime(), "Flooding.",
				Set.of("11.5"), Set.of(), LocalDate.now().plusDays(30)));
	}

	@Test
	void aRequestAnswersOnlyAnOpenChallengeOfTheAskersOwnOrganisationAndARefusalKeepsWhatWasTyped() throws Exception {
		long others = challengeOf(stranger);
		for (String challenge : new String[] { String.valueOf(others), "999999999" }) {
			mvc.perform(filled(caseId).param("challenge", challenge).with(as(asker))).andExpect(status().isOk())
				.andExpect(content().string(containsString("can only answer a challenge your organisation posted")))
				.andExpect(content().string(containsString("Typed aim: fewer cars downtown")));
		}
		long own = challengeOf(asker);
		jdbc.update("update challenge set status = 'SOLVED' where id = ?", own);
		mvc.perform(filled(caseId).param("challenge", String.valueOf(own)).with(as(asker))).andExpect(status().isOk())
			.andExpect(content().string(containsString("is closed; send the request without it")))
			.andExpect(content().string(containsString("Typed constraints")));
		mvc.perform(filled(caseId).param("challenge", String.valueOf(others)).param("lang", "ko").with(as(asker)))
			.andExpect(content().string(containsString("우리 기관이 올린 과제에 대해서만")));
		assertThat(requests()).isZero();

		long open = challengeOf(asker);
		mvc.perform(filled(caseId).param("challenge", String.valueOf(open)).with(as(asker)))
			.andExpect(redirectedUrlPattern("/cooperation/*"));
		assertThat(jdbc.queryForObject("select challenge_id from cooperation_request where case_study_id = ?",
				Long.class, caseId)).isEqualTo(open);
	}

	@Test
	void anOrganisationNotInGoodStandingIsToldWhyAndCannotAsk() throws Exception {
		jdbc.update("update organisation set membership = 'LAPSED' where id = ?", asker.organisationId());
		mvc.perform(get("/cooperation/ask").param("case", String.valueOf(caseId)).with(as(asker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not a member in good standing, so it cannot ask")))
			.andExpect(content().string(not(containsString("Send the request"))));
		mvc.perform(filled(caseId).with(as(asker))).andExpect(status().isOk())
			.andExpect(content().string(containsString("not a member in good standing, so it cannot ask")))
			.andExpect(content().string(containsString("Typed aim: fewer cars downtown")));
		mvc.perform(filled(caseId).param("lang", "ko").with(as(asker)))
			.andExpect(content().string(containsString("회원 자격이 유효하지 않아 우수사례에서 배우기를")));
		assertThat(requests()).isZero();
	}

	@Test
	void anUnpublishedOrUnknownCaseCannotBeAskedAbout() throws Exception {
		long draft = fixtures.draft(ownerEditor);
		mvc.perform(get("/cooperation/ask").param("case", String.valueOf(draft)).with(as(asker))).andExpect(status().isNotFound());
		mvc.perform(filled(draft).with(as(asker))).andExpect(status().isNotFound());
		mvc.perform(get("/cooperation/ask").param("case", "999999999").with(as(asker))).andExpect(status().isNotFound());
		mvc.perform(get("/cooperation/ask").param("case", "abc").with(as(asker))).andExpect(status().is4xxClientError());
		assertThat(jdbc.queryForObject("select count(*) from cooperation_request where case_study_id = ?", Long.class,
				draft)).isZero();
	}

	@Test
	void theRequestPageIsNotFoundForAnyoneButThePartiesAndTheSecretariat() throws Exception {
		long id = requested();
		mvc.perform(get("/cooperation/" + id).with(as(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/cooperation/999999999").with(as(asker))).andExpect(status().isNotFound());
		mvc.perform(get("/cooperation/" + id).with(as(secretariat))).andExpect(status().isOk());
		mvc.perform(get("/cooperation/" + id).with(as(ownerFocalPoint))).andExpect(status().isOk());
		mvc.perform(post("/cooperation/" + id + "/accept").with(csrf()).with(as(stranger))).andExpect(status().isNotFound());
		assertThat(cooperations.get(actor(asker), id).getStatus()).isEqualTo(RequestStatus.REQUESTED);
	}

	@Test
	void actionsAreShownOnlyToWhoMayTakeThemAndContactDetailsOnlyOnceAccepted() throws Exception {
		long id = requested();
		String accept = "/cooperation/" + id + "/accept";
		String withdraw = "/cooperation/" + id + "/withdraw";
		mvc.perform(get("/cooperation/" + id).with(as(ownerFocalPoint)))
			.andExpect(content().string(containsString(accept))).andExpect(content().string(not(containsString(withdraw))));
		mvc.perform(get("/cooperation/" + id).with(as(asker)))
			.andExpect(content().string(not(containsString(accept)))).andExpect(content().string(containsString(withdraw)))
			.andExpect(content().string(not(containsString(ownerFocalPoint.email()))))
			.andExpect(content().string(containsString("shown here once the request is accepted")));
		mvc.perform(get("/cooperation/" + id).with(as(secretariat)))
			.andExpect(content().string(not(containsString(accept)))).andExpect(content().string(not(containsString(withdraw))));
		mvc.perform(post(accept).param("contactUserId", String.valueOf(ownerFocalPoint.id())).with(csrf())
			.with(as(ownerFocalPoint))).andExpect(redirectedUrl("/cooperation/" + id));
		mvc.perform(get("/cooperation/" + id).with(as(asker)))
			.andExpect(content().string(containsString("mailto:" + ownerFocalPoint.email())))
			.andExpect(content().string(containsString("/cooperation/" + id + "/start")));
	}

	@Test
	void aDeclineWithoutAReasonIsRefusedOnThePageAndATooLongOneKeepsItsText() throws Exception {
		long id = requested();
		mvc.perform(post("/cooperation/" + id + "/decline").param("reason", " ").with(csrf()).with(as(ownerEditor)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Say why you decline.")));
		String tooLong = "Typed reason " + "y".repeat(CooperationRequest.MAX_REASON);
		mvc.perform(post("/cooperation/" + id + "/decline").param("reason", tooLong).with(csrf()).with(as(ownerEditor)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Typed reason yyy")));
		assertThat(cooperations.get(actor(asker), id).getStatus()).isEqualTo(RequestStatus.REQUESTED);
		mvc.perform(post("/cooperation/" + id + "/decline").param("reason", "No staff").with(csrf()).with(as(ownerEditor)))
			.andExpect(redirectedUrl("/cooperation/" + id));
		mvc.perform(post("/cooperation/" + id + "/withdraw").with(csrf()).with(as(asker))).andExpect(status().isConflict())
			.andExpect(content().string(containsString("Only a request that has not been answered yet can be withdrawn.")));
		assertThat(cooperations.get(actor(asker), id).getStatus()).isEqualTo(RequestStatus.DECLINED);
	}

	@Test
	void anOutcomeOnARequestNotInProgressOrWithoutAChoiceIsRefusedWithWhatWasTyped() throws Exception {
		long id = requested();
		mvc.perform(post("/cooperation/" + id + "/close").param("outcome", "ADAPTED").param("outcomeNote", "Typed note")
			.with(csrf()).with(as(asker))).andExpect(status().isOk())
			.andExpect(content().string(containsString("An outcome can only be recorded while the work is in progress.")))
			.andExpect(content().string(containsString("Typed note")));
		cooperations.accept(actor(ownerEditor), id, null);
		cooperations.start(actor(asker), id);
		mvc.perform(post("/cooperation/" + id + "/close").param("outcomeNote", "Typed note").with(csrf()).with(as(asker)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Choose an outcome.")))
			.andExpect(content().string(containsString("Typed note")));
		long othersCase = fixtures.draft(ownerEditor);
		mvc.perform(post("/cooperation/" + id + "/close").param("outcome", "ADAPTED").param("outcomeNote", "Typed note")
			.param("adaptedCaseStudyId", String.valueOf(othersCase)).with(csrf()).with(as(asker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of your own organisation")));
		assertThat(cooperations.get(actor(asker), id).getStatus()).isEqualTo(RequestStatus.IN_PROGRESS);
		mvc.perform(post("/cooperation/" + id + "/close").param("outcome", "REPLICATED").with(csrf()).with(as(asker)))
			.andExpect(redirectedUrl("/cooperation/" + id));
		mvc.perform(post("/cooperation/" + id + "/publish").with(csrf()).with(as(asker)))
			.andExpect(redirectedUrl("/cooperation/" + id));
		mvc.perform(get("/cooperation/" + id).with(as(ownerEditor)))
			.andExpect(content().string(containsString("/cooperation/" + id + "/publish")));
		mvc.perform(get("/cooperation/" + id).with(as(asker)))
			.andExpect(content().string(not(containsString("/cooperation/" + id + "/publish"))));
	}

	@Test
	void theWorkspaceListsRequestsMadeAndReceivedByStatus() throws Exception {
		long id = requested();
		mvc.perform(get("/cooperation").with(as(asker))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/cooperation/" + id)))
			.andExpect(content().string(containsString("Requests we made")));
		mvc.perform(get("/cooperation").with(as(ownerFocalPoint))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/cooperation/" + id)));
		mvc.perform(get("/cooperation").with(as(stranger))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/cooperation/" + id + "\""))));
		mvc.perform(get("/cooperation").param("lang", "ko").with(as(asker)))
			.andExpect(content().string(containsString("보낸 요청")));
	}
}
