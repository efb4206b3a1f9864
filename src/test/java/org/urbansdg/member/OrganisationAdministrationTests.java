package org.urbansdg.member;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/**
 * The secretariat's list of member organisations ({@code /admin/organisations}): each rule of adding and changing an
 * organisation, as the pages show it. A second organisation of the same name and over-long names are in
 * {@code AdministrationTests}.
 */
@PlatformTest
class OrganisationAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	People people;

	Person secretariat;

	@BeforeEach
	void setUp() {
		people = new People(accounts, members);
		secretariat = people.secretariat();
	}

	@Test
	void aSavedOrganisationIsListedWithItsTypeCountryAndMembership() throws Exception {
		String name = unique("Asian Institute of Urban Studies");
		MvcResult saved = mvc.perform(save(null, name, "RESEARCH_CENTRE", "JP", "PENDING"))
			.andExpect(redirectedUrl("/admin/organisations")).andReturn();

		Document list = page(get("/admin/organisations").flashAttrs(saved.getFlashMap()));
		assertThat(list.select("[role=status]").text()).isEqualTo("The organisation has been saved.");
		assertThat(list.select("tbody tr").eachText()).contains(name + " Research centre Japan Membership pending");
		long id = members.organisationNamed(name).orElseThrow().getId();
		assertThat(list.select("tbody a:containsOwn(" + name + ")").attr("href")).isEqualTo("/admin/organisations/" + id);
	}

	@Test
	void theEditFormShowsTheOrganisationAsSaved() throws Exception {
		City city = members.cities().get(0);
		Organisation o = members.addOrganisation(unique("Mekong Delta Network"), Organisation.Type.NGO, "VN",
				city.getId(), Organisation.Membership.LAPSED, "https://mekong.example.org");

		Document form = page(get("/admin/organisations/" + o.getId()));
		assertThat(form.select("h1").text()).isEqualTo("Edit organisation");
		assertThat(form.select("main form").attr("action")).isEqualTo("/admin/organisations/" + o.getId());
		assertThat(form.select("#name").val()).isEqualTo(o.getName());
		assertThat(form.select("#type option[selected]").val()).isEqualTo("NGO");
		assertThat(form.select("#countryCode option[selected]").text()).isEqualTo("Vietnam");
		assertThat(form.select("#cityId option[selected]").val()).isEqualTo(String.valueOf(city.getId()));
		assertThat(form.select("#membership option[selected]").text()).isEqualTo("Membership lapsed");
		assertThat(form.select("#website").val()).isEqualTo("https://mekong.example.org");
	}

	@Test
	void aNewOrganisationStartsAsAPendingLocalGovernment() throws Exception {
		Document form = page(get("/admin/organisations/new"));
		assertThat(form.select("h1").text()).isEqualTo("Add an organisation");
		assertThat(form.select("main form").attr("action")).isEqualTo("/admin/organisations");
		assertThat(form.select("#type option[selected]").val()).isEqualTo("LOCAL_GOVERNMENT");
		assertThat(form.select("#membership option[selected]").val()).isEqualTo("PENDING");
		assertThat(form.select("#countryCode option[selected]").val()).isEmpty();
	}

	@Test
	void aChangedMembershipChangesTheOrganisationsStanding() throws Exception {
		long id = people.organisation();
		Organisation before = members.organisation(id).orElseThrow();
		assertThat(before.isInGoodStanding()).isTrue();
		mvc.perform(save(id, before.getName(), "LOCAL_GOVERNMENT", "KR", "LAPSED"))
			.andExpect(redirectedUrl("/admin/organisations"));
		assertThat(members.organisation(id).orElseThrow().isInGoodStanding()).isFalse();
		assertThat(page(get("/admin/organisations")).select("tbody tr").eachText())
			.contains(before.getName() + " Local government South Korea Membership lapsed");
	}

	@Test
	void anOrganisationCannotTakeAnotherOrganisationsName() throws Exception {
		Organisation taken = members.organisation(people.organisation()).orElseThrow();
		long id = people.organisation();
		String own = members.organisation(id).orElseThrow().getName();

		Document refused = page(save(id, taken.getName().toLowerCase(), "NGO", "KR", "ACTIVE"));
		assertThat(refused.select(".error-summary").text())
			.contains("An organisation named " + taken.getName().toLowerCase() + " already exists.");
		assertThat(refused.select("#name").val()).isEqualTo(taken.getName().toLowerCase());
		assertThat(members.organisation(id).orElseThrow().getName()).isEqualTo(own);

		mvc.perform(save(id, own.toUpperCase(), "LOCAL_GOVERNMENT", "KR", "ACTIVE"))
			.andExpect(redirectedUrl("/admin/organisations"));
		assertThat(members.organisation(id).orElseThrow().getName()).as("its own name in capitals is not another's")
			.isEqualTo(own.toUpperCase());
	}

	@Test
	void anOrganisationMayBeInNoCityButNotInAnUnknownOne() throws Exception {
		String national = unique("National Chapter of Mongolia");
		mvc.perform(save(null, national, "NATIONAL_CHAPTER", "MN", "ACTIVE").param("cityId", ""))
			.andExpect(redirectedUrl("/admin/organisations"));
		assertThat(members.organisationNamed(national).orElseThrow().getCity()).isNull();

		String nowhere = unique("Lost City Council");
		Document refused = page(save(null, nowhere, "LOCAL_GOVERNMENT", "MN", "ACTIVE").param("cityId", "999999999"));
		assertThat(refused.select(".error-summary").text()).contains("Choose a city from the list.");
		assertThat(members.organisationNamed(nowhere)).isEmpty();
	}

	@Test
	void anOrganisationIsInAKnownCountry() throws Exception {
		String name = unique("Atlantis Water Board");
		Document refused = page(save(null, name, "NGO", "ZZ", "ACTIVE"));
		assertThat(refused.select(".error-summary").text()).contains("Choose a country from the list.");
		assertThat(members.organisationNamed(name)).isEmpty();
	}

	@Test
	void namesAndWebsitesAreKeptWithoutSurroundingSpacesAndABlankWebsiteIsNone() throws Exception {
		String name = unique("Penang Green Council");
		mvc.perform(save(null, "  " + name + "  ", "NGO", "MY", "ACTIVE").param("website", "  https://penang.example.org "))
			.andExpect(redirectedUrl("/admin/organisations"));
		Organisation o = members.organisationNamed(name).orElseThrow();
		assertThat(o.getName()).isEqualTo(name);
		assertThat(o.getWebsite()).isEqualTo("https://penang.example.org");

		mvc.perform(save(o.getId(), name, "NGO", "MY", "ACTIVE").param("website", "   "))
			.andExpect(redirectedUrl("/admin/organisations"));
		assertThat(members.organisation(o.getId()).orElseThrow().getWebsite()).isNull();
	}

	@Test
	void anUnknownOrganisationIsNotFoundAndCannotBeSaved() throws Exception {
		mvc.perform(get("/admin/organisations/999999999").with(as(secretariat))).andExpect(status().isNotFound());
		String name = unique("Ghost Organisation");
		Document refused = page(save(999_999_999L, name, "NGO", "KR", "ACTIVE"));
		assertThat(refused.select(".error-summary").text()).contains("There is no such organisation.");
		assertThat(members.organisationNamed(name)).isEmpty();
	}

	@Test
	void onlyTheSecretariatSavesOrganisations() throws Exception {
		long organisation = people.organisation();
		String name = members.organisation(organisation).orElseThrow().getName();
		String newName = unique("Taken Over");
		for (Person someone : new Person[] { people.editorOf(organisation),
				people.person(organisation, Role.FOCAL_POINT), people.member() }) {
			mvc.perform(post("/admin/organisations").with(csrf()).with(as(someone)).param("name", newName)
				.param("type", "NGO").param("countryCode", "KR").param("membership", "ACTIVE"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/organisations/" + organisation).with(csrf()).with(as(someone))
				.param("name", newName).param("type", "NGO").param("countryCode", "KR").param("membership", "LAPSED"))
				.andExpect(status().isForbidden());
		}
		assertThat(members.organisationNamed(newName)).isEmpty();
		assertThat(members.organisation(organisation).orElseThrow().getName()).isEqualTo(name);
		assertThat(members.organisation(organisation).orElseThrow().isInGoodStanding()).isTrue();
	}

	@Test
	void countriesAreOfferedInTheViewersLanguage() throws Exception {
		Document form = page(get("/admin/organisations/new").param("lang", "ko"));
		assertThat(form.select("#countryCode option[value=KR]").text()).isEqualTo("대한민국");
		assertThat(form.select("h1").text()).isNotEqualTo("Add an organisation");
	}

	MockHttpServletRequestBuilder save(Long id, String name, String type, String country, String membership) {
		return post(id == null ? "/admin/organisations" : "/admin/organisations/" + id).with(csrf())
			.with(as(secretariat)).param("name", name).param("type", type).param("countryCode", country)
			.param("membership", membership);
	}

	/** The page the secretariat gets, expecting 200. */
	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(as(secretariat))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}
}
