package org.urbansdg;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.People.Person;
import org.urbansdg.account.Accounts;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.sdg.SdgCatalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/** The secretariat's lists of organisations, cities and themes: bad input is explained and changes nothing. */
@PlatformTest
class AdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	SdgCatalogue catalogue;

	Person secretariat;

	@BeforeEach
	void setUp() {
		secretariat = new People(accounts, members).secretariat();
	}

	@Test
	void addsAnOrganisationAndRefusesASecondWithTheSameName() throws Exception {
		String name = "Da Lat City People's Committee " + UUID.randomUUID();
		mvc.perform(post("/admin/organisations").with(csrf()).with(as(secretariat))
			.param("name", name).param("type", "LOCAL_GOVERNMENT").param("countryCode", "VN")
			.param("membership", "ACTIVE")).andExpect(redirectedUrl("/admin/organisations"));
		assertThat(members.organisationNamed(name)).map(Organisation::getCountryCode).contains("VN");

		mvc.perform(post("/admin/organisations").with(csrf()).with(as(secretariat))
			.param("name", name.toUpperCase()).param("type", "NGO").param("countryCode", "VN")
			.param("membership", "ACTIVE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already exists")))
			.andExpect(content().string(containsString("value=\"" + name.toUpperCase().replace("'", "&#39;") + "\"")));
	}

	@Test
	void refusesAnUnknownCountryAndImpossibleCoordinates() throws Exception {
		String city = "Nowhere " + UUID.randomUUID();
		mvc.perform(post("/admin/cities").with(csrf()).with(as(secretariat))
			.param("name", city).param("countryCode", "XX").param("latitude", "37.5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a country from the list.")));
		mvc.perform(post("/admin/cities").with(csrf()).with(as(secretariat))
			.param("name", city).param("countryCode", "KR").param("latitude", "123"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + city + "\"")));
		assertThat(members.cityNamed(city, "KR")).isEmpty();
		assertThat(members.cityNamed(city, "XX")).isEmpty();
	}

	@Test
	void themesNeedAValidCodeAndAnEnglishName() throws Exception {
		int before = catalogue.allThemes().size();
		mvc.perform(post("/admin/themes").with(csrf()).with(as(secretariat)).param("code", "Not Valid")
			.param("name_en", "Green jobs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lower-case letters")))
			.andExpect(content().string(containsString("value=\"Green jobs\"")));
		mvc.perform(post("/admin/themes").with(csrf()).with(as(secretariat)).param("code", "mobility")
			.param("name_en", "Again"))
			.andExpect(content().string(containsString("already exists")));
		assertThat(catalogue.allThemes()).hasSize(before);
	}

	@Test
	void namesLongerThanTheDatabaseKeepsAreRefusedWithAMessage() throws Exception {
		int before = catalogue.allThemes().size();
		String code = "t" + Long.toString(System.nanoTime(), 36);
		mvc.perform(post("/admin/themes").with(csrf()).with(as(secretariat)).param("code", code)
			.param("name_en", "Green jobs").param("name_ko", "k".repeat(200)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep each name to 120 characters at most.")));
		assertThat(catalogue.allThemes()).hasSize(before);

		String name = "Long " + UUID.randomUUID() + " " + "o".repeat(5000);
		mvc.perform(post("/admin/organisations").with(csrf()).with(as(secretariat))
			.param("name", name).param("type", "NGO").param("countryCode", "VN").param("membership", "ACTIVE")
			.param("website", "https://example.org/" + "w".repeat(200_000)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter between 0 and 200 characters.")))
			.andExpect(content().string(containsString("Enter between 0 and 300 characters.")));
		assertThat(members.organisationNamed(name)).isEmpty();
	}

	@Test
	void aThemeNoLongerOfferedStaysKnown() throws Exception {
		String code = "t" + Long.toString(System.nanoTime(), 36);
		mvc.perform(post("/admin/themes").with(csrf()).with(as(secretariat)).param("code", code)
			.param("name_en", "Night economy").param("name_ko", "야간 경제"));
		mvc.perform(post("/admin/themes/" + code).with(csrf()).with(as(secretariat))
			.param("name_en", "Night-time economy").param("name_ko", "야간 경제"))
			.andExpect(redirectedUrl("/admin/themes"));
		assertThat(catalogue.themes()).noneMatch(t -> t.code().equals(code));
		assertThat(catalogue.theme(code)).map(t -> t.name(java.util.Locale.ENGLISH)).contains("Night-time economy");
	}
}
