package org.urbansdg.casestudy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.CaseFixtures;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Role;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/** The workspace ({@code /workspace}): the cases of one's organisation and what one may do next. */
@PlatformTest
class WorkspacePageTests {

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

	Person editor;

	@BeforeEach
	void setUp() {
		people = new People(accounts, members);
		organisation = people.organisation();
		editor = people.editorOf(organisation);
	}

	@Test
	void anEditorSeesTheOrganisationsCasesWithTheirStatusAndNoOneElses() throws Exception {
		long draft = fixtures.draft(editor);
		long submitted = fixtures.submitted(editor);
		long elsewhere = fixtures.draft(people.editorOf(people.organisation()));

		Document page = workspace(editor);
		assertThat(row(page, draft)).contains("Draft");
		assertThat(row(page, submitted)).contains("Submitted for review", "(awaiting the focal point's sign-off)");
		assertThat(page.select("tbody a").eachAttr("href")).doesNotContain("/cases/" + elsewhere);
		assertThat(page.select("main a.button").eachAttr("href")).contains("/workspace/cases/new");
	}

	@Test
	void aColleagueWithoutTheEditorRoleIsToldWhomToAsk() throws Exception {
		fixtures.draft(editor);
		Person colleague = people.person(organisation);
		Document page = workspace(colleague);
		assertThat(page.select("main").text()).contains(
				"To share case studies, ask your organisation's focal point for the editor role.");
		assertThat(page.select("main a.button")).isEmpty();
		assertThat(page.select("tbody tr")).isNotEmpty();
	}

	@Test
	void someoneWithoutAnOrganisationIsToldToChooseOne() throws Exception {
		Document page = workspace(people.member());
		assertThat(page.select("main").text()).contains(
				"You do not act for an organisation yet. Choose yours in your profile; it will confirm you.",
				"Your organisation has not shared any case yet.");
		assertThat(page.select("main a.button")).isEmpty();
	}

	@Test
	void aFocalPointIsLedToThePeopleOfTheOrganisation() throws Exception {
		Document page = workspace(people.person(organisation, Role.FOCAL_POINT));
		assertThat(page.select("main a").eachAttr("href")).contains("/workspace/organisation");
		assertThat(workspace(editor).select("main a").eachAttr("href")).doesNotContain("/workspace/organisation");
	}

	Document workspace(Person person) throws Exception {
		return Jsoup.parse(mvc.perform(get("/workspace").with(as(person))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	static String row(Document page, long caseId) {
		return page.select("tbody tr:has(a[href=/cases/" + caseId + "])").text();
	}
}
