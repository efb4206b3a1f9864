package org.urbansdg.member;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.urbansdg.CaseFixtures;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Affiliation;
import org.urbansdg.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/**
 * Membership of people in an organisation, as its focal point manages it on {@code /workspace/organisation}: who
 * asked to act for it, accepting or refusing them, and making them editors. The rules live in account
 * ({@code Accounts.decideAffiliation}, {@code changeRole}); the secretariat's side is on {@code /admin/users}.
 */
@PlatformTest
class FocalPointTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	CaseFixtures fixtures;

	People people;

	long organisation;

	Person focalPoint;

	@BeforeEach
	void setUp() {
		people = new People(accounts, members);
		organisation = people.organisation();
		focalPoint = people.person(organisation, Role.FOCAL_POINT);
	}

	@Test
	void aFocalPointSeesWhoAskedToActForTheirOrganisationOnly() throws Exception {
		long applicant = fixtures.applicant(organisation);
		long elsewhere = fixtures.applicant(people.organisation());

		Document page = organisationPage();
		Element row = row(page, applicant);
		assertThat(row.text()).contains("Applicant", "Awaiting confirmation");
		assertThat(row.select("button").eachText()).contains("Accept", "Refuse", "Make Editor");
		assertThat(page.select("tbody tr").eachText()).noneMatch(text -> text.contains(email(elsewhere)));
		assertThat(page.select("tbody").text()).contains(focalPoint.email());
	}

	@Test
	void acceptingLetsTheApplicantActForTheOrganisation() throws Exception {
		long applicant = fixtures.applicant(organisation);
		MvcResult accepted = mvc.perform(post("/users/" + applicant + "/affiliation").param("accepted", "true")
			.with(csrf()).with(as(focalPoint))).andExpect(redirectedUrl("/workspace/organisation")).andReturn();

		assertThat(accounts.actor(applicant).map(Actor::organisationId)).contains(organisation);
		Document page = Jsoup.parse(mvc.perform(get("/workspace/organisation").with(as(focalPoint))
			.flashAttrs(accepted.getFlashMap())).andReturn().getResponse().getContentAsString());
		assertThat(page.select("[role=status]").text()).isEqualTo("The affiliation has been confirmed.");
		assertThat(row(page, applicant).text()).contains("Confirmed");
		assertThat(row(page, applicant).select("button").eachText()).doesNotContain("Accept", "Refuse");
	}

	@Test
	void refusingLeavesTheApplicantActingForNoOrganisation() throws Exception {
		long applicant = fixtures.applicant(organisation);
		mvc.perform(post("/users/" + applicant + "/affiliation").param("accepted", "false").with(csrf())
			.with(as(focalPoint))).andExpect(redirectedUrl("/workspace/organisation"));

		assertThat(accounts.profile(applicant).affiliation()).isEqualTo(Affiliation.REJECTED);
		assertThat(accounts.actor(applicant).map(Actor::organisationId)).isEmpty();
		assertThat(row(organisationPage(), applicant).text()).contains("Refused");
	}

	@Test
	void aFocalPointDecidesOnlyForTheirOwnOrganisation() throws Exception {
		long applicant = fixtures.applicant(people.organisation());
		String page = mvc.perform(post("/users/" + applicant + "/affiliation").param("accepted", "true").with(csrf())
			.with(as(focalPoint))).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("You may not do this for that user.");
		assertThat(accounts.profile(applicant).affiliation()).isEqualTo(Affiliation.REQUESTED);
	}

	@Test
	void aFocalPointMakesTheirPeopleEditorsAndGrantsNoOtherRole() throws Exception {
		long confirmed = fixtures.confirmed(organisation);
		mvc.perform(post("/users/" + confirmed + "/roles").param("role", "EDITOR").param("granted", "true")
			.with(csrf()).with(as(focalPoint))).andExpect(redirectedUrl("/workspace/organisation"));
		assertThat(accounts.profile(confirmed).roles()).contains(Role.EDITOR);
		assertThat(row(organisationPage(), confirmed).select("button").eachText()).contains("Remove Editor");

		for (Role role : new Role[] { Role.FOCAL_POINT, Role.SECRETARIAT, Role.JUDGE, Role.TRAINER }) {
			mvc.perform(post("/users/" + confirmed + "/roles").param("role", role.name()).param("granted", "true")
				.with(csrf()).with(as(focalPoint))).andExpect(status().isConflict());
		}
		assertThat(accounts.profile(confirmed).roles()).doesNotContain(Role.FOCAL_POINT, Role.SECRETARIAT,
				Role.JUDGE, Role.TRAINER);
	}

	@Test
	void aFocalPointGrantsNothingToPeopleOfAnotherOrganisation() throws Exception {
		long elsewhere = fixtures.confirmed(people.organisation());
		mvc.perform(post("/users/" + elsewhere + "/roles").param("role", "EDITOR").param("granted", "true")
			.with(csrf()).with(as(focalPoint))).andExpect(status().isConflict());
		assertThat(accounts.profile(elsewhere).roles()).doesNotContain(Role.EDITOR);
	}

	@Test
	void aFocalPointWhoNamesAnotherOrganisationIsNoLongerAFocalPoint() throws Exception {
		accounts.updateProfile(focalPoint.id(), "Moved On", null, "en", people.organisation());
		assertThat(accounts.profile(focalPoint.id()).roles()).doesNotContain(Role.FOCAL_POINT);
		mvc.perform(get("/workspace/organisation").with(as(focalPoint))).andExpect(status().isForbidden());
		long applicant = fixtures.applicant(organisation);
		mvc.perform(post("/users/" + applicant + "/affiliation").param("accepted", "true").with(csrf())
			.with(as(focalPoint))).andExpect(status().isConflict());
		assertThat(accounts.profile(applicant).affiliation()).isEqualTo(Affiliation.REQUESTED);
	}

	Document organisationPage() throws Exception {
		return Jsoup.parse(mvc.perform(get("/workspace/organisation").with(as(focalPoint))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
	}

	Element row(Document page, long userId) {
		return page.select("tbody tr").stream().filter(tr -> tr.text().contains(email(userId))).findFirst()
			.orElseThrow(() -> new AssertionError("no row for user " + userId));
	}

	String email(long userId) {
		return accounts.profile(userId).email();
	}
}
