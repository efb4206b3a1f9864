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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/**
 * The secretariat's list of cities ({@code /admin/cities}): each rule of adding a city, as the page shows it. Unknown
 * countries and an impossible latitude are in {@code AdministrationTests}.
 */
@PlatformTest
class CityAdministrationTests {

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
	void anAddedCityIsListedWithItsCountryAndPopulation() throws Exception {
		String name = unique("Chiang Mai");
		MvcResult added = mvc.perform(city(name, "TH").param("latitude", "18.7883").param("longitude", "98.9853")
			.param("population", "1234567")).andExpect(redirectedUrl("/admin/cities")).andReturn();

		Document page = Jsoup.parse(mvc.perform(get("/admin/cities").with(as(secretariat))
			.flashAttrs(added.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("[role=status]").text()).isEqualTo("The city has been added.");
		assertThat(page.select("tbody tr").eachText()).contains(name + " Thailand 1,234,567");
		assertThat(members.cityNamed(name, "TH")).hasValueSatisfying(c -> {
			assertThat(c.getLatitude()).isEqualTo(18.7883);
			assertThat(c.hasLocation()).isTrue();
		});
	}

	@Test
	void aCityIsAddedOncePerCountryWhateverItsCase() throws Exception {
		String name = unique("Hue");
		mvc.perform(city(name, "VN")).andExpect(redirectedUrl("/admin/cities"));
		String page = mvc.perform(city(" " + name.toUpperCase() + " ", "VN")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).select(".error-summary").text())
			.contains("The city " + name.toUpperCase() + " already exists in that country.");
		assertThat(members.cities()).filteredOn(c -> c.getName().equalsIgnoreCase(name)).hasSize(1);
	}

	@Test
	void theSameNameMayBeACityInAnotherCountry() throws Exception {
		String name = unique("San Fernando");
		mvc.perform(city(name, "PH")).andExpect(redirectedUrl("/admin/cities"));
		mvc.perform(city(name, "TT")).andExpect(redirectedUrl("/admin/cities"));
		assertThat(members.cityNamed(name, "PH")).isPresent();
		assertThat(members.cityNamed(name, "TT")).isPresent();
	}

	@Test
	void aCityWithoutCoordinatesOrPopulationIsAddedWithoutALocation() throws Exception {
		String name = unique("Luang Prabang");
		mvc.perform(city(name, "LA")).andExpect(redirectedUrl("/admin/cities"));
		assertThat(members.cityNamed(name, "LA")).hasValueSatisfying(c -> {
			assertThat(c.hasLocation()).isFalse();
			assertThat(c.getPopulation()).isNull();
		});
	}

	@Test
	void aLongitudeOffTheGlobeOrANegativePopulationIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
		String name = unique("Kathmandu");
		Document page = Jsoup.parse(mvc.perform(city(name, "NP").param("latitude", "27.7").param("longitude", "185.3")
			.param("population", "-5")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#longitude").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#longitude-error").text()).isEqualTo("Enter 180 or less.");
		assertThat(page.select("#population-error").text()).isEqualTo("Enter zero or a positive number.");
		assertThat(page.select("#name").val()).isEqualTo(name);
		assertThat(page.select("#latitude").val()).isEqualTo("27.7");
		assertThat(members.cityNamed(name, "NP")).isEmpty();
	}

	@Test
	void aCityNeedsANameAndACountry() throws Exception {
		Document page = Jsoup.parse(mvc.perform(city(" ", "")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("#name-error").text()).isEqualTo("This field is required.");
		assertThat(page.select(".field.invalid select#countryCode")).hasSize(1);
	}

	@Test
	void onlyTheSecretariatAddsCities() throws Exception {
		String name = unique("Bandung");
		Person editor = people.editorOf(people.organisation());
		Person focalPoint = people.person(people.organisation(), org.urbansdg.account.Role.FOCAL_POINT);
		for (Person someone : new Person[] { editor, focalPoint, people.member() }) {
			mvc.perform(post("/admin/cities").with(csrf()).with(as(someone)).param("name", name).param("countryCode",
					"ID")).andExpect(status().isForbidden());
		}
		mvc.perform(post("/admin/cities").with(csrf()).param("name", name).param("countryCode", "ID"))
			.andExpect(redirectedUrl("/sign-in"));
		assertThat(members.cityNamed(name, "ID")).isEmpty();
	}

	MockHttpServletRequestBuilder city(String name, String country) {
		return post("/admin/cities").with(csrf()).with(as(secretariat)).param("name", name).param("countryCode", country);
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}
}
