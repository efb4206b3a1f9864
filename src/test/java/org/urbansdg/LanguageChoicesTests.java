package org.urbansdg;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.urbansdg.People.Person;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Role;
import org.urbansdg.member.Members;
import org.urbansdg.shared.Locales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/**
 * Every choice of language offers the configured languages ({@code urbansdg.web.locales}, read through
 * {@link Locales}) and accepts no other: the language of a course, a training session and an event, a user's
 * preferred language, and the names of a theme. With a single language configured they offer that one alone
 * ({@code shared/LocalesTests}, {@code sdg/ThemeLanguagesTests}).
 */
@PlatformTest
class LanguageChoicesTests {

	static final String NOT_OFFERED = "Choose one of the languages in the list.";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	Locales locales;

	@Autowired
	JdbcClient jdbc;

	People people;

	Person secretariat;

	@BeforeEach
	void setUp() {
		people = new People(accounts, members);
		secretariat = people.secretariat();
	}

	@Test
	void theLanguageSelectsOfferTheConfiguredLanguages() throws Exception {
		assertThat(locales.tags()).containsExactly("en", "ko");
		Person trainer = people.person(null, Role.TRAINER);
		assertThat(options(page("/teach", trainer), "#language")).isEqualTo(locales.tags());
		assertThat(options(page("/teach/trainings/new", secretariat), "#language")).isEqualTo(locales.tags());
		assertThat(options(page("/admin/events/new", secretariat), "#language")).isEqualTo(locales.tags());
		assertThat(options(page("/account/profile", people.member()), "#preferredLanguage")).isEqualTo(locales.tags());
	}

	@Test
	void theThemeFormHasANameFieldPerConfiguredLanguage() throws Exception {
		Document page = page("/admin/themes", secretariat);
		List<String> fields = page.select("form[action$=/admin/themes] input[name^=name_]").eachAttr("name");
		assertThat(fields).isEqualTo(locales.tags().stream().map(tag -> "name_" + tag).toList());
		assertThat(page.select("input[form=theme-mobility][name^=name_]").eachAttr("name")).isEqualTo(fields);
	}

	@Test
	void aLanguageNotConfiguredIsAFieldErrorAndNothingIsStored() throws Exception {
		String title = "Language " + UUID.randomUUID();
		Person trainer = people.person(null, Role.TRAINER);
		refused(post("/teach/courses").with(as(trainer)).param("title", title).param("summary", "S.")
			.param("language", "fr").param("level", "INTRODUCTORY").param("estimatedHours", "2"));
		refused(post("/teach/trainings").with(as(secretariat)).param("title", title).param("description", "D")
			.param("venue", "Seoul").param("language", "fr").param("startsOn", "2031-03-10")
			.param("endsOn", "2031-03-11").param("deadline", "2031-03-01").param("seats", "5")
			.param("daysRequired", "1"));
		long organiser = people.organisation();
		refused(post("/admin/events").with(as(secretariat)).param("title", title).param("description", "D")
			.param("type", "FORUM").param("start", "2031-03-12T09:30").param("end", "2031-03-12T17:00")
			.param("timeZone", "Asia/Seoul").param("organiserId", Long.toString(organiser))
			.param("language", "x".repeat(5000)).param("registrationMode", "NONE"));
		assertThat(count("course", title) + count("training_session", title) + count("calendar_event", title)).isZero();

		Person member = people.member();
		refused(post("/account/profile").with(as(member)).param("displayName", "Member").param("preferredLanguage", "fr"));
		assertThat(accounts.profile(member.id()).preferredLanguage()).isEqualTo("en");
	}

	private void refused(MockHttpServletRequestBuilder request) throws Exception {
		mvc.perform(request.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NOT_OFFERED)));
	}

	private long count(String table, String title) {
		return jdbc.sql("select count(*) from " + table + " where title = ?").param(title).query(Long.class).single();
	}

	private Document page(String path, Person person) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(as(person))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	private static List<String> options(Document page, String select) {
		Element element = page.selectFirst("select" + select);
		assertThat(element).as(select).isNotNull();
		return element.select("option").eachAttr("value");
	}
}
