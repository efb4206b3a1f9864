package org.urbansdg;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.urbansdg.People.Person;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Role;
import org.urbansdg.calendar.CalendarEvent;
import org.urbansdg.calendar.EventCalendar;
import org.urbansdg.calendar.EventTestData;
import org.urbansdg.learning.CourseTestData;
import org.urbansdg.learning.Courses;
import org.urbansdg.member.Members;
import org.urbansdg.shared.RateLimit;
import org.urbansdg.shared.RateLimitSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;
import static org.urbansdg.TooManyRequests.from;
import static org.urbansdg.TooManyRequests.newClient;
import static org.urbansdg.TooManyRequests.refused;
import static org.urbansdg.TooManyRequests.refusedInKorean;

/**
 * Every action an attacker could repeat to send mail or load the server stops at its limit with a 429 page in the
 * visitor's language, and does nothing more. The limits per account and per e-mail address are those of the
 * application (read from its settings); the test settings only raise the limits per client address, which the whole
 * test run shares (application-test.properties).
 */
@PlatformTest
class RateLimitedActionsTests {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	static final String PASSWORD = "a fine long passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	RateLimitSettings settings;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	CaseFixtures cases;

	@Autowired
	Courses courses;

	@Autowired
	EventCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	private People people() {
		return new People(accounts, members);
	}

	private long perEmail(RateLimit action) {
		return settings.of(action).email().capacity();
	}

	private long perAccount(RateLimit action) {
		return settings.of(action).account().capacity();
	}

	private static String newEmail() {
		return "limits-" + UUID.randomUUID() + "@example.org";
	}

	@Test
	void passwordResetsForOneAddressStopAtTheLimitAndAnswerAlikeWhetherOrNotItHasAnAccount() throws Exception {
		Person owner = people().member();
		String nobody = newEmail();
		for (int i = 0; i < perEmail(RateLimit.PASSWORD_RESET); i++) {
			for (String email : List.of(owner.email(), nobody)) {
				// From a new address each time: it is the e-mail address that is counted.
				mvc.perform(post("/password/forgot").with(csrf()).with(from(newClient())).param("email", email))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("we have sent it a link")));
			}
		}
		for (String email : List.of(owner.email(), nobody.toUpperCase(Locale.ROOT))) {
			mvc.perform(post("/password/forgot").with(csrf()).with(from(newClient())).param("email", email))
				.andExpect(refused());
		}
		assertThat(Mailbox.to(mail, owner.email())).hasSize((int) perEmail(RateLimit.PASSWORD_RESET));
		assertThat(Mailbox.to(mail, nobody)).isEmpty();
	}

	private MockHttpServletRequestBuilder registration(String email, String password) {
		return post("/register").with(csrf()).with(from(newClient())).param("displayName", "Limit Tester")
			.param("email", email).param("password", password).param("passwordRepeat", password);
	}

	@Test
	void registrationsForOneAddressStopAtTheLimitInTheVisitorsLanguage() throws Exception {
		String email = newEmail();
		// A refused password sends nothing, so it does not count.
		for (int i = 0; i < 4; i++) {
			mvc.perform(registration(email, "qwertyuiop"))
				.andExpect(content().string(containsString("one of the most common")));
		}
		for (int i = 0; i < perEmail(RateLimit.REGISTRATION); i++) {
			mvc.perform(registration(email, PASSWORD)).andExpect(content().string(containsString("Check your e-mail")));
		}
		mvc.perform(registration(email, PASSWORD).header("Accept-Language", "ko")).andExpect(refusedInKorean());
		assertThat(Mailbox.to(mail, email)).hasSize((int) perEmail(RateLimit.REGISTRATION));
	}

	@Test
	void confirmationsSentAgainStopAtTheLimit() throws Exception {
		String email = newEmail();
		mvc.perform(registration(email, PASSWORD)).andExpect(content().string(containsString("Check your e-mail")));
		for (int i = 0; i < perEmail(RateLimit.CONFIRMATION_RESEND); i++) {
			mvc.perform(post("/register/resend").with(csrf()).with(from(newClient())).param("email", email))
				.andExpect(status().isOk());
		}
		mvc.perform(post("/register/resend").with(csrf()).with(from(newClient())).param("email", email))
			.andExpect(refused());
		assertThat(Mailbox.to(mail, email)).hasSize(1 + (int) perEmail(RateLimit.CONFIRMATION_RESEND));
	}

	@Test
	void commentsOfOneAccountStopAtTheLimitAndNothingMoreIsStored() throws Exception {
		Person secretariat = people().secretariat();
		long organisation = people().organisation();
		long id = cases.published(organisation, people().editorOf(organisation), secretariat);
		Person member = people().member();
		long limit = perAccount(RateLimit.COMMENT);
		for (int i = 0; i < limit; i++) {
			mvc.perform(post("/cases/" + id + "/comments").with(csrf()).with(as(member)).with(from(newClient()))
				.param("text", "Comment " + i)).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/cases/" + id + "/comments").with(csrf()).with(as(member)).param("text", "One too many"))
			.andExpect(refused());
		assertThat(jdbc.queryForObject("select count(*) from case_comment where case_study_id = ?", Long.class, id))
			.isEqualTo(limit);
		// Someone else may still comment.
		mvc.perform(post("/cases/" + id + "/comments").with(csrf()).with(as(people().member())).param("text", "Mine"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void browsingWithWordsStopsAtTheLimitButFiltersAlone() throws Exception {
		Person member = people().member();
		for (int i = 0; i < perAccount(RateLimit.BROWSE_SEARCH); i++) {
			mvc.perform(get("/cases").param("q", "water " + i).with(as(member))).andExpect(status().isOk());
		}
		mvc.perform(get("/cases").param("q", "water").with(as(member))).andExpect(refused());
		mvc.perform(get("/cases").param("q", "water").with(as(member)).header("HX-Request", "true"))
			.andExpect(refused());
		// Browsing without words costs no search and is not held back.
		mvc.perform(get("/cases").param("goal", "11").with(as(member))).andExpect(status().isOk());
	}

	@Test
	void everyCsvExportDrawsOnOneLimit() throws Exception {
		Person secretariat = people().secretariat();
		CalendarEvent event = EventTestData.event(calendar,
				members.organisation(people().organisation()).orElseThrow(), "Export " + UUID.randomUUID(),
				"An event to export.", "en", 10);
		for (int i = 0; i < perAccount(RateLimit.CSV_EXPORT); i++) {
			mvc.perform(get("/events/" + event.getId() + "/registrants.csv").with(as(secretariat)))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("text/csv"));
		}
		for (String export : List.of("/events/" + event.getId() + "/registrants.csv", "/admin/awards/1/nominations.csv",
				"/admin/awards/1/scores.csv", "/teach/courses/1/enrolments.csv")) {
			mvc.perform(get(export).with(as(secretariat))).andExpect(refused());
		}
	}

	@Test
	void offlineCoursesStopAtTheLimitInHtmlAndPdfAlike() throws Exception {
		Person trainer = people().person(null, Role.TRAINER);
		long id = CourseTestData.course(courses, accounts.actor(trainer.id()).orElseThrow(),
				"Offline " + UUID.randomUUID(), "A course to take away.", "en", true);
		Person reader = people().member();
		for (int i = 0; i < perAccount(RateLimit.OFFLINE_COURSE); i++) {
			mvc.perform(get("/courses/" + id + (i % 2 == 0 ? "/offline" : "/offline.pdf")).with(as(reader)))
				.andExpect(status().isOk());
		}
		mvc.perform(get("/courses/" + id + "/offline.pdf").with(as(reader))).andExpect(refused());
		mvc.perform(get("/courses/" + id + "/offline").with(as(reader)).header("Accept-Language", "ko"))
			.andExpect(refusedInKorean());
	}

	@Test
	void asksToLearnFromAPracticeStopAtTheLimitOfTheAccountBeforeAnythingIsStoredOrMailed() throws Exception {
		Person secretariat = people().secretariat();
		long owner = people().organisation();
		Person ownerEditor = people().editorOf(owner);
		long id = cases.published(owner, ownerEditor, secretariat);
		Person asker = people().editorOf(people().organisation());
		// Every ask counts, also one the form sends back: the limit is checked before anything else.
		for (int i = 0; i < perAccount(RateLimit.COOPERATION_REQUEST); i++) {
			mvc.perform(post("/cooperation/ask").param("case", String.valueOf(id)).with(csrf()).with(as(asker))
				.with(from(newClient()))).andExpect(status().isOk());
		}
		mvc.perform(post("/cooperation/ask").param("case", String.valueOf(id)).param("help", "CALL")
			.param("aim", "Safer crossings").param("preferredLanguage", "en").param("timeframe", "LONGER")
			.with(csrf()).with(as(asker))).andExpect(refused());
		assertThat(jdbc.queryForObject("select count(*) from cooperation_request where case_study_id = ?", Long.class, id))
			.isZero();
		// Another member of the same organisation may still ask.
		mvc.perform(post("/cooperation/ask").param("case", String.valueOf(id)).param("help", "CALL")
			.param("aim", "Safer crossings").param("preferredLanguage", "en").param("timeframe", "LONGER")
			.with(csrf()).with(as(people().person(asker.organisationId())))).andExpect(status().is3xxRedirection());
	}

	@Test
	void suggestionsWhileTypingStopAtTheLimit() throws Exception {
		Person member = people().member();
		for (int i = 0; i < perAccount(RateLimit.SEARCH_SUGGEST); i++) {
			mvc.perform(get("/search/suggest").param("q", "Bangk").with(as(member))).andExpect(status().isOk());
		}
		mvc.perform(get("/search/suggest").param("q", "Bangk").with(as(member))).andExpect(refused());
	}
}
