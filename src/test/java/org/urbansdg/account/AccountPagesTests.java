package org.urbansdg.account;

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
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/**
 * The pages of an account: the user's own profile ({@code /account/profile}) and the secretariat's list of users
 * ({@code /admin/users}). Sessions, passwords and who may open which page are in {@code AccountSecurityTests},
 * {@code AccountFlowTests} and {@code AuthorisationMatrixTests}; a focal point's page is in {@code FocalPointTests}.
 */
@PlatformTest
class AccountPagesTests {

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

	String organisationName;

	@BeforeEach
	void setUp() {
		people = new People(accounts, members);
		organisation = people.organisation();
		organisationName = members.organisation(organisation).orElseThrow().getName();
	}

	@Test
	void theProfileShowsTheAccountAndWhereItsAffiliationStands() throws Exception {
		long applicant = fixtures.applicant(organisation);
		Document page = profilePage(applicant);
		assertThat(page.select("h1").text()).isEqualTo("Your profile");
		assertThat(page.select("dl.facts").text()).contains(email(applicant), "Member",
				organisationName + " — Awaiting confirmation");
		assertThat(page.select("#displayName").val()).isEqualTo("Applicant");
		assertThat(page.select("#organisationId option[selected]").val()).isEqualTo(String.valueOf(organisation));
	}

	@Test
	void aSavedProfileIsShownAgainWithANotice() throws Exception {
		Person person = people.member();
		MvcResult saved = mvc.perform(post("/account/profile").with(csrf()).with(as(person))
			.param("displayName", "Nguyen Thi Lan").param("jobTitle", "Urban planner").param("preferredLanguage", "ko")
			.param("organisationId", "")).andExpect(redirectedUrl("/account/profile")).andReturn();

		Document page = Jsoup.parse(mvc.perform(get("/account/profile").with(as(person)).flashAttrs(saved.getFlashMap()))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select("[role=status]").text()).isEqualTo("Your profile has been saved.");
		assertThat(page.select("#displayName").val()).isEqualTo("Nguyen Thi Lan");
		assertThat(page.select("#jobTitle").val()).isEqualTo("Urban planner");
		assertThat(page.select("#preferredLanguage option[selected]").val()).isEqualTo("ko");
		assertThat(page.select("dl.facts").text()).contains("No organisation");
	}

	@Test
	void anUnknownOrganisationIsRefusedOnTheFieldAndNothingChanges() throws Exception {
		Person person = people.editorOf(organisation);
		String page = mvc.perform(post("/account/profile").with(csrf()).with(as(person))
			.param("displayName", "Somebody Else").param("preferredLanguage", "en").param("organisationId", "999999999"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document form = Jsoup.parse(page);
		assertThat(form.select(".field.invalid .field-error").text()).isEqualTo("Choose an organisation from the list.");
		assertThat(form.select("#displayName").val()).isEqualTo("Somebody Else");
		Accounts.Profile profile = accounts.profile(person.id());
		assertThat(profile.displayName()).isNotEqualTo("Somebody Else");
		assertThat(profile.organisationId()).isEqualTo(organisation);
		assertThat(profile.roles()).contains(Role.EDITOR);
	}

	@Test
	void theSecretariatSeesEachUserWithOrganisationAffiliationRolesAndActions() throws Exception {
		long applicant = fixtures.applicant(organisation);
		Person secretariat = people.secretariat();
		Document page = Jsoup.parse(mvc.perform(get("/admin/users").with(as(secretariat))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		Element row = page.select("tbody tr").stream().filter(tr -> tr.text().contains(email(applicant))).findFirst()
			.orElseThrow();
		assertThat(row.text()).contains("Applicant", organisationName, "Awaiting confirmation", "Member");
		assertThat(row.select("button").eachText()).contains("Accept", "Refuse", "Make Editor", "Make Focal point",
				"Make Secretariat", "Make Judge", "Make Trainer", "Disable");
	}

	Document profilePage(long userId) throws Exception {
		return Jsoup.parse(mvc.perform(get("/account/profile").with(user(email(userId)).roles("MEMBER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	String email(long userId) {
		return accounts.profile(userId).email();
	}
}
