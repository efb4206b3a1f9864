package org.urbansdg;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.urbansdg.People.Person;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Role;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Walks every role through every page and action and checks the server's answer, so no action depends on a hidden
 * button. "sign-in" means a visitor is sent to sign in; numbers are HTTP statuses. Actions that change something get
 * a fresh case for each role, so one role's success cannot hide another's refusal.
 */
@PlatformTest
class AuthorisationMatrixTests {

	static final String[] ROLES = { "visitor", "member", "editor", "otherEditor", "focalPoint", "secretariat", "judge",
			"trainer" };

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	org.urbansdg.learning.Courses courses;

	@Autowired
	org.urbansdg.learning.Trainings trainings;

	Map<String, Person> people = new LinkedHashMap<>();

	long organisation;

	@BeforeEach
	void setUp() {
		People builder = new People(accounts, members);
		organisation = builder.organisation();
		people.put("member", builder.member());
		people.put("editor", builder.editorOf(organisation));
		people.put("otherEditor", builder.editorOf(builder.organisation()));
		people.put("focalPoint", builder.person(organisation, Role.FOCAL_POINT));
		people.put("secretariat", builder.secretariat());
		people.put("judge", builder.person(null, Role.JUDGE));
		people.put("trainer", builder.person(null, Role.TRAINER));
	}

	@Test
	void publicPages() throws Exception {
		long published = fixtures.published(organisation, people.get("editor"), people.get("secretariat"));
		check(r -> get("/"), "200 200 200 200 200 200 200 200");
		check(r -> get("/cases"), "200 200 200 200 200 200 200 200");
		check(r -> get("/search?q=bicycle&goal=11"), "200 200 200 200 200 200 200 200");
		check(r -> get("/cases/" + published), "200 200 200 200 200 200 200 200");
		check(r -> get("/cases/999999999"), "404 404 404 404 404 404 404 404");
		check(r -> get("/actuator/health"), "200 200 200 200 200 200 200 200");
		check(r -> get("/verify"), "200 200 200 200 200 200 200 200");
		check(r -> get("/account/certificates"), "sign-in 200 200 200 200 200 200 200");
	}

	@Test
	void draftsAndWorkspace() throws Exception {
		long draft = fixtures.draft(people.get("editor"));
		check(r -> get("/cases/" + draft), "404 404 200 404 200 200 404 404");
		check(r -> get("/workspace/cases/" + draft + "/edit"), "sign-in 404 200 404 200 200 404 404");
		check(r -> get("/workspace"), "sign-in 200 200 200 200 200 200 200");
		check(r -> get("/workspace/cases/new"), "sign-in 409 200 200 200 409 409 409");
		check(r -> get("/workspace/organisation"), "sign-in 403 403 403 200 403 403 403");
		check(r -> get("/account/profile"), "sign-in 200 200 200 200 200 200 200");
		check(r -> post("/workspace/suggest/targets").param("summary", "Bus lanes and safe cycle paths"),
				"sign-in 409 200 200 200 200 409 409");
	}

	@Test
	void secretariatPages() throws Exception {
		check(r -> get("/review"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/users"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/actuator/metrics"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/organisations"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/organisations/new"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/cities"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/themes"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/certificates"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/search"), "sign-in 403 403 403 403 200 403 403");
		check(r -> post("/admin/search/reindex"), "sign-in 403 403 403 403 302 403 403");
		check(r -> post("/admin/themes").param("code", "t" + Long.toString(System.nanoTime(), 36)).param("nameEn", "Test"),
				"sign-in 403 403 403 403 302 403 403");
		check(r -> post("/admin/cities").param("name", "Town " + System.nanoTime()).param("countryCode", "TH"),
				"sign-in 403 403 403 403 302 403 403");
	}

	@Test
	void workflowActions() throws Exception {
		Person editor = people.get("editor");
		Person secretariat = people.get("secretariat");
		check(r -> post("/workspace/cases/" + fixtures.draft(editor) + "/submit"),
				"sign-in 404 302 404 302 409 404 404");
		check(r -> post("/workspace/cases/" + fixtures.submitted(editor) + "/sign-off"),
				"sign-in 404 409 404 302 409 404 404");
		check(r -> post("/review/cases/" + fixtures.submitted(editor) + "/publish"),
				"sign-in 403 403 403 403 302 403 403");
		check(r -> post("/review/cases/" + fixtures.submitted(editor) + "/return").param("comment", "More data"),
				"sign-in 403 403 403 403 302 403 403");
		check(r -> post("/review/cases/" + fixtures.published(organisation, editor, secretariat) + "/archive"),
				"sign-in 403 403 403 403 302 403 403");
		check(r -> post("/workspace/cases/" + fixtures.published(organisation, editor, secretariat) + "/verify"),
				"sign-in 409 302 409 302 302 409 409");
		check(r -> post("/cases/" + fixtures.published(organisation, editor, secretariat) + "/comments")
			.param("text", "Useful"), "sign-in 302 302 302 302 302 302 302");
	}

	@Test
	void peopleActions() throws Exception {
		Person focalPoint = people.get("focalPoint");
		check(r -> post("/users/" + fixtures.applicant(organisation) + "/affiliation").param("accepted", "true"),
				"sign-in 409 409 409 302 302 409 409");
		check(r -> post("/users/" + fixtures.confirmed(organisation) + "/roles").param("role", "EDITOR")
			.param("granted", "true"), "sign-in 409 409 409 302 302 409 409");
		check(r -> post("/users/" + fixtures.confirmed(organisation) + "/roles").param("role", "SECRETARIAT")
			.param("granted", "true"), "sign-in 409 409 409 409 302 409 409");
		assertThat(focalPoint.roles()).contains(Role.FOCAL_POINT);
	}

	@Test
	void newsAndEvents() throws Exception {
		Person secretariat = people.get("secretariat");
		String location = mvc.perform(post("/admin/events").with(csrf()).with(People.as(secretariat))
			.param("title", "Matrix forum").param("description", "Forum.").param("type", "FORUM")
			.param("start", "2031-01-10T09:00").param("end", "2031-01-10T12:00").param("timeZone", "Asia/Seoul")
			.param("organiserId", String.valueOf(organisation)).param("language", "en")
			.param("registrationMode", "PLATFORM").param("capacity", "100"))
			.andReturn().getResponse().getRedirectedUrl();
		String event = location.substring(location.lastIndexOf('/') + 1);
		check(r -> get("/news"), "200 200 200 200 200 200 200 200");
		check(r -> get("/news/feed.atom"), "200 200 200 200 200 200 200 200");
		check(r -> get("/news/999999999"), "404 404 404 404 404 404 404 404");
		check(r -> get("/events"), "200 200 200 200 200 200 200 200");
		check(r -> get("/events/past"), "200 200 200 200 200 200 200 200");
		check(r -> get("/events/calendar"), "200 200 200 200 200 200 200 200");
		check(r -> get("/events/feed.ics"), "200 200 200 200 200 200 200 200");
		check(r -> get("/events/" + event), "200 200 200 200 200 200 200 200");
		check(r -> get("/events/" + event + ".ics"), "200 200 200 200 200 200 200 200");
		check(r -> get("/sitemap.xml"), "200 200 200 200 200 200 200 200");
		check(r -> get("/robots.txt"), "200 200 200 200 200 200 200 200");
		check(r -> post("/events/" + event + "/registrations"), "sign-in 302 302 302 302 302 302 302");
		check(r -> get("/events/" + event + "/registrants"), "sign-in 404 200 404 200 200 404 404");
		check(r -> get("/events/" + event + "/registrants.csv"), "sign-in 404 200 404 200 200 404 404");
		check(r -> post("/events/registrations/cancel").param("token", "unknown"), "404 404 404 404 404 404 404 404");
		check(r -> get("/admin/news"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/news/new"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/events"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/events/new"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/events/" + event), "sign-in 403 403 403 403 200 403 403");
		check(r -> post("/admin/news").param("title", "Matrix news").param("summary", "S").param("body", "B")
			.param("publication", "DRAFT"), "sign-in 403 403 403 403 302 403 403");
		check(r -> post("/admin/events/" + event).param("title", "Matrix forum").param("description", "Forum.")
			.param("type", "FORUM").param("start", "2031-01-10T09:00").param("end", "2031-01-10T12:00")
			.param("timeZone", "Asia/Seoul").param("organiserId", String.valueOf(organisation))
			.param("language", "en").param("registrationMode", "PLATFORM").param("capacity", "100"),
				"sign-in 403 403 403 403 302 403 403");
	}

	@Test
	void learningPagesAndActions() throws Exception {
		var course = courses.published().get(0);
		long published = course.getId();
		long lesson = course.lessons().get(0).getId();
		check(r -> get("/courses"), "200 200 200 200 200 200 200 200");
		check(r -> get("/courses/" + published), "200 200 200 200 200 200 200 200");
		check(r -> get("/courses/" + published + "/offline"), "200 200 200 200 200 200 200 200");
		check(r -> get("/courses/999999999"), "404 404 404 404 404 404 404 404");
		check(r -> get("/learning"), "sign-in 200 200 200 200 200 200 200");
		check(r -> get("/teach"), "sign-in 409 409 409 409 200 409 200");
		check(r -> get("/teach/courses/" + published), "sign-in 404 404 404 404 200 404 404");
		check(r -> get("/teach/courses/" + published + "/enrolments.csv"), "sign-in 404 404 404 404 200 404 404");
		// Lessons are for enrolled learners (the secretariat may preview); then everyone enrols once.
		check(r -> get("/courses/" + published + "/lessons/" + lesson), "sign-in 409 409 409 409 200 409 409");
		check(r -> post("/courses/" + published + "/enrol"), "sign-in 302 302 302 302 302 302 302");
		check(r -> get("/courses/" + published + "/lessons/" + lesson), "sign-in 200 200 200 200 200 200 200");
		String draftLocation = mvc.perform(post("/teach/courses").with(csrf()).with(People.as(people.get("trainer")))
			.param("title", "Draft " + System.nanoTime()).param("summary", "S").param("language", "en")
			.param("level", "INTRODUCTORY").param("estimatedHours", "1")).andReturn().getResponse().getRedirectedUrl();
		long draft = Long.parseLong(draftLocation.replaceAll("\\D", ""));
		check(r -> get("/courses/" + draft), "404 404 404 404 404 200 404 200");
		check(r -> get("/teach/courses/" + draft), "sign-in 404 404 404 404 200 404 200");
		check(r -> post("/teach/courses/" + draft + "/modules").param("title", "Module"),
				"sign-in 404 404 404 404 302 404 302");
	}

	@Test
	void trainingPagesAndActions() throws Exception {
		long session = trainings.all().get(0).getId();
		check(r -> get("/trainings"), "200 200 200 200 200 200 200 200");
		check(r -> get("/trainings/" + session), "200 200 200 200 200 200 200 200");
		check(r -> get("/trainings/999999999"), "404 404 404 404 404 404 404 404");
		check(r -> get("/teach/trainings/" + session), "sign-in 404 404 404 404 200 404 404");
		check(r -> post("/trainings/" + session + "/apply").param("motivation", "To learn"),
				"sign-in 302 302 302 302 302 302 302");
		// A submitted application is not yet a seat to confirm.
		check(r -> post("/trainings/" + session + "/confirm"), "sign-in 409 409 409 409 409 409 409");
		check(r -> post("/teach/trainings/" + session + "/certificates"), "sign-in 404 404 404 404 302 404 404");
	}

	/** Runs the request once per role and compares the answers with the expected row. */
	private void check(Function<String, MockHttpServletRequestBuilder> request, String expectedRow) throws Exception {
		String[] expected = expectedRow.split(" ");
		Map<String, String> mismatches = new LinkedHashMap<>();
		for (int i = 0; i < ROLES.length; i++) {
			String role = ROLES[i];
			MockHttpServletRequestBuilder builder = request.apply(role).with(csrf());
			if (!role.equals("visitor")) {
				builder = builder.with(People.as(people.get(role)));
			}
			MvcResult result = mvc.perform(builder).andReturn();
			String actual = outcome(result);
			if (!actual.equals(expected[i])) {
				mismatches.put(role, "expected " + expected[i] + " but was " + actual);
			}
		}
		assertThat(mismatches).as(request.apply("visitor").buildRequest(new org.springframework.mock.web.MockServletContext())
			.getRequestURI()).isEmpty();
	}

	private static String outcome(MvcResult result) {
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		if (status == 302 && location != null && location.contains("/sign-in")) {
			return "sign-in";
		}
		return String.valueOf(status);
	}
}
