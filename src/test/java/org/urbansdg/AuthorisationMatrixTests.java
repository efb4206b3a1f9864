package org.urbansdg;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.urbansdg.People.Person;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Role;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Walks every role through every page and action and checks the server's answer, so no action depends on a hidden
 * button. "sign-in" means a visitor is sent to sign in; numbers are HTTP statuses. Actions that change something get
 * a fresh case for each role, so one role's success cannot hide another's refusal.
 */
@PlatformTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorisationMatrixTests {

	/** Every handler (method and URL pattern) that a row of the matrix reached, across the test methods. */
	static final Set<String> REACHED = ConcurrentHashMap.newKeySet();

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
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	org.urbansdg.learning.Courses courses;

	@Autowired
	org.urbansdg.training.Trainings trainings;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	/** Mapped by the framework, not by a module: the error page answers whatever request failed. */
	static final Set<String> NOT_IN_THE_MATRIX = Set.of("GET /error");

	@Autowired
	org.urbansdg.learning.Enrolments enrolments;

	@Autowired
	org.springframework.context.ApplicationContext context;

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
		// Metrics are for operators with their own credentials (WebSecurityTests), never for a site account: a
		// signed-in role lacks OPERATOR (403 here, where the test injects the user; a real session is not even read).
		check(r -> get("/actuator/metrics"), "401 403 403 403 403 403 403 403");
		check(r -> get("/admin"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/organisations"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/organisations/new"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/cities"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/themes"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/certificates"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/search"), "sign-in 403 403 403 403 200 403 403");
		check(r -> post("/admin/search/reindex"), "sign-in 403 403 403 403 302 403 403");
		check(r -> post("/admin/themes").param("code", "t" + Long.toString(System.nanoTime(), 36)).param("name_en", "Test"),
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
		var course = courses.published().stream()
			.filter(c -> c.getAudience() == org.urbansdg.learning.Course.Audience.REGISTERED).findFirst().orElseThrow();
		long published = course.getId();
		long lesson = course.lessons().get(0).getId();
		check(r -> get("/courses"), "200 200 200 200 200 200 200 200");
		check(r -> get("/courses/" + published), "200 200 200 200 200 200 200 200");
		check(r -> get("/courses/" + published + "/offline"), "200 200 200 200 200 200 200 200");
		check(r -> get("/courses/" + published + "/offline.pdf"), "200 200 200 200 200 200 200 200");
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
		var draftCourse = courses.authored(trainerActor(), draft);
		long module = draftCourse.getModules().get(0).getId();
		check(r -> get("/teach/courses/" + draft + "/settings"), "sign-in 404 404 404 404 200 404 200");
		check(r -> post("/teach/courses/" + draft + "/settings").param("audience", "MEMBERS")
			.param("trainers", String.valueOf(people.get("trainer").id())), "sign-in 404 404 404 404 302 404 302");
		check(r -> get("/teach/courses/" + draft + "/modules/" + module), "sign-in 404 404 404 404 200 404 200");
		check(r -> post("/teach/courses/" + draft + "/modules/" + module).param("title", "Renamed")
			.param("passPercent", "70").param("maxAttempts", "3"), "sign-in 404 404 404 404 302 404 302");
		check(r -> get("/teach/courses/" + draft + "/modules/" + module + "/lessons/new"),
				"sign-in 404 404 404 404 200 404 200");
		check(r -> post("/teach/courses/" + draft + "/modules/" + module + "/lessons").param("title", "Lesson")
			.param("body", "Text"), "sign-in 404 404 404 404 302 404 302");
		check(r -> get("/teach/courses/" + draft + "/modules/" + module + "/questions/new"),
				"sign-in 404 404 404 404 200 404 200");
		check(r -> post("/teach/courses/" + draft + "/modules/" + module + "/questions").param("text", "Q")
			.param("options", "*Yes\nNo"), "sign-in 404 404 404 404 302 404 302");
		var written = courses.authored(trainerActor(), draft);
		long lesson2 = written.lessons().get(0).getId();
		long question = written.getModules().get(0).getQuestions().get(0).getId();
		check(r -> get("/teach/courses/" + draft + "/lessons/" + lesson2), "sign-in 404 404 404 404 200 404 200");
		check(r -> post("/teach/courses/" + draft + "/lessons/" + lesson2 + "/move").param("direction", "down"),
				"sign-in 404 404 404 404 302 404 302");
		check(r -> get("/teach/courses/" + draft + "/questions/" + question), "sign-in 404 404 404 404 200 404 200");
		check(r -> post("/teach/courses/" + draft + "/questions/" + question + "/move").param("direction", "up"),
				"sign-in 404 404 404 404 302 404 302");
		check(r -> post("/teach/courses/" + draft + "/modules/" + module + "/move").param("direction", "up"),
				"sign-in 404 404 404 404 302 404 302");
		// Deleting: only the secretariat's request finds the lesson still there; the trainer's then is 404.
		check(r -> post("/teach/courses/" + draft + "/lessons/" + lesson2 + "/delete"),
				"sign-in 404 404 404 404 302 404 404");
		check(r -> post("/teach/courses/" + draft + "/questions/" + question + "/delete"),
				"sign-in 404 404 404 404 302 404 404");
		check(r -> post("/teach/courses/" + draft + "/modules/" + module + "/delete"),
				"sign-in 404 404 404 404 302 404 404");
	}

	@Test
	void quizSubmissions() throws Exception {
		var course = courses.published().stream()
			.filter(c -> c.getAudience() == org.urbansdg.learning.Course.Audience.REGISTERED)
			.filter(c -> c.getModules().stream().anyMatch(org.urbansdg.learning.CourseModule::hasQuiz))
			.findFirst().orElseThrow();
		long module = course.getModules().stream().filter(org.urbansdg.learning.CourseModule::hasQuiz).findFirst()
			.orElseThrow().getId();
		String quiz = "/courses/" + course.getId() + "/modules/" + module + "/quiz";
		Map<String, Long> own = new java.util.HashMap<>();
		java.util.function.Function<String, Long> start = r -> openAttempt(people.get(r), course.getId(), module);
		// A quiz is for enrolled learners: before enrolling, neither its page nor a start.
		check(r -> get(quiz), "sign-in 409 409 409 409 409 409 409");
		check(r -> post(quiz), "sign-in 409 409 409 409 409 409 409");
		// Each role answers its own open attempt once; a second answer is refused; someone else's is not found.
		check(r -> post(quiz + "/" + (r.equals("visitor") ? 999_999_999L : own.computeIfAbsent(r, start))),
				"sign-in 302 302 302 302 302 302 302");
		check(r -> post(quiz + "/" + own.getOrDefault(r, 999_999_999L)), "sign-in 409 409 409 409 409 409 409");
		check(r -> get(quiz), "sign-in 200 200 200 200 200 200 200");
		check(r -> post(quiz), "sign-in 302 302 302 302 302 302 302");
		long othersAttempt = openAttempt(new People(accounts, members).member(), course.getId(), module);
		check(r -> post(quiz + "/" + othersAttempt), "sign-in 404 404 404 404 404 404 404");
	}

	/** Enrols the person in the course and starts an attempt at the module's quiz. */
	private long openAttempt(Person person, long courseId, long module) {
		var actor = accounts.actor(person.id()).orElseThrow();
		enrolments.enrol(actor, courseId);
		return enrolments.start(actor, courseId, module);
	}

	@Test
	void membersOnlyCoursesAdmitPeopleOfMemberOrganisations() throws Exception {
		var membersOnly = courses.published().stream()
			.filter(c -> c.getAudience() == org.urbansdg.learning.Course.Audience.MEMBERS).findFirst().orElseThrow();
		check(r -> post("/courses/" + membersOnly.getId() + "/enrol"), "sign-in 409 302 302 302 409 409 409");
	}

	private org.urbansdg.account.Actor trainerActor() {
		return accounts.actor(people.get("trainer").id()).orElseThrow();
	}

	/** The secretariat's cooperation pipeline, its CSV and partner suggestions; the public numbers. */
	@Test
	void cooperationPipelineAndNumbers() throws Exception {
		check(r -> get("/cooperation/numbers"), "200 200 200 200 200 200 200 200");
		check(r -> get("/cooperation/pipeline"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/cooperation/pipeline?status=REQUESTED&format=csv"), "sign-in 403 403 403 403 200 403 403");
		// An open request: the secretariat suggests partners only while it is.
		long request = jdbc.queryForObject(
				"select min(id) from cooperation_request where status in ('REQUESTED', 'ACCEPTED', 'IN_PROGRESS')",
				Long.class);
		check(r -> get("/cooperation/pipeline/" + request + "/suggest"), "sign-in 403 403 403 403 200 403 403");
		long partner = new People(accounts, members).organisation();
		check(r -> post("/cooperation/pipeline/" + request + "/suggestions").param("organisationId",
				String.valueOf(partner)), "sign-in 403 403 403 403 302 403 403");
	}

	@Test
	void trainingPagesAndActions() throws Exception {
		long session = trainings.all().get(0).getId();
		check(r -> get("/trainings"), "200 200 200 200 200 200 200 200");
		check(r -> get("/trainings/" + session), "200 200 200 200 200 200 200 200");
		check(r -> get("/trainings/999999999"), "404 404 404 404 404 404 404 404");
		check(r -> get("/teach/trainings/" + session), "sign-in 404 404 404 404 200 404 404");
		check(r -> get("/teach/trainings/" + session + "/edit"), "sign-in 404 404 404 404 200 404 404");
		check(r -> get("/teach/trainings/new"), "sign-in 409 409 409 409 200 409 200");
		java.time.LocalDate start = java.time.LocalDate.now().plusDays(20);
		String created = mvc.perform(post("/teach/trainings").with(csrf()).with(People.as(people.get("secretariat")))
			.param("title", "Matrix session " + System.nanoTime()).param("description", "D").param("venue", "Online")
			.param("language", "en").param("startsOn", start.toString()).param("endsOn", start.toString())
			.param("deadline", start.minusDays(1).toString()).param("seats", "20").param("daysRequired", "1"))
			.andReturn().getResponse().getRedirectedUrl();
		long open = Long.parseLong(created.replaceAll("\\D", ""));
		check(r -> post("/trainings/" + open + "/apply").param("motivation", "To learn"),
				"sign-in 302 302 302 302 302 302 302");
		// A submitted application is not yet a seat to confirm.
		check(r -> post("/trainings/" + open + "/confirm"), "sign-in 409 409 409 409 409 409 409");
		check(r -> post("/teach/trainings/" + session + "/certificates"), "sign-in 404 404 404 404 302 404 404");
	}

	@Test
	void awardPagesAndActions() throws Exception {
		long completed = jdbc.queryForObject("select id from award_cycle where name = 'SDG City Awards 2025'", Long.class);
		long open = jdbc.queryForObject("select id from award_cycle where name = 'SDG City Awards 2026'", Long.class);
		long category = jdbc.queryForObject(
				"select id from award_category where cycle_id = ? order by position limit 1", Long.class, open);
		long nomination = jdbc.queryForObject(
				"select min(id) from award_nomination where cycle_id = ?", Long.class, completed);
		check(r -> get("/awards"), "200 200 200 200 200 200 200 200");
		check(r -> get("/awards/" + open), "200 200 200 200 200 200 200 200");
		check(r -> get("/awards/" + completed + "/results"), "200 200 200 200 200 200 200 200");
		check(r -> get("/awards/" + open + "/results"), "404 404 404 404 404 404 404 404");
		check(r -> get("/awards/999999999"), "404 404 404 404 404 404 404 404");
		check(r -> get("/awards/nominations/" + nomination), "sign-in 200 200 200 200 200 200 200");
		check(r -> get("/judging"), "sign-in 409 409 409 409 409 200 409");
		check(r -> post("/judging/nominations/" + nomination).param("action", "save"),
				"sign-in 409 409 409 409 409 409 409");
		check(r -> post("/awards/nominations/" + nomination + "/vote"), "sign-in 409 409 409 409 409 409 409");
		// Each role tries to nominate a fresh published case of the test organisation in the open demo cycle.
		check(r -> multipartNomination(open, category), "sign-in 422 302 422 302 422 422 422");
		check(r -> get("/admin/awards"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/awards/new"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/awards/" + completed), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/awards/" + completed + "/nominations.csv"), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/admin/awards/" + completed + "/scores.csv"), "sign-in 403 403 403 403 200 403 403");
		check(r -> post("/admin/awards/" + open + "/publish"), "sign-in 403 403 403 403 409 403 403");
		check(r -> post("/admin/awards/nominations/" + nomination + "/screen").param("eligible", "true"),
				"sign-in 403 403 403 403 409 403 403");
		check(r -> post("/admin/awards/" + open + "/judges").param("categoryId", String.valueOf(category))
			.param("userId", String.valueOf(people.get("trainer").id())), "sign-in 403 403 403 403 409 403 403");
	}

	@Test
	void nominationEvidence() throws Exception {
		var cycle = org.urbansdg.award.AwardTestData.screenedWithEvidence(context, people.get("secretariat"),
				organisation, people.get("editor"), people.get("judge"));
		String file = "/awards/nominations/" + cycle.nominationId() + "/evidence/" + cycle.evidenceId();
		try {
			// Before voting: the secretariat, the nominee's editors and focal points, and the category's judge.
			check(r -> get(file), "sign-in 404 200 404 200 200 200 404");
			// Voting open: also those who may vote (confirmed for an organisation in good standing).
			org.urbansdg.award.AwardTestData.atDay(context, 16);
			check(r -> get(file), "sign-in 404 200 200 200 200 200 404");
		}
		finally {
			org.urbansdg.award.AwardTestData.resetClock(context);
		}
	}

	private MockHttpServletRequestBuilder multipartNomination(long cycle, long category) {
		long caseId = fixtures.published(organisation, people.get("editor"), people.get("secretariat"));
		return post("/awards/" + cycle + "/nominations")
			.param("caseId", String.valueOf(caseId)).param("categoryId", String.valueOf(category))
			.param("statement", "Worth recognising.");
	}

	@Test
	void accountPagesAndActions() throws Exception {
		check(r -> get("/sign-in"), "200 200 200 200 200 200 200 200");
		check(r -> get("/register"), "200 200 200 200 200 200 200 200");
		check(r -> get("/register/confirm").param("token", "unknown"), "200 200 200 200 200 200 200 200");
		check(r -> get("/password/forgot"), "200 200 200 200 200 200 200 200");
		check(r -> get("/password/reset").param("token", "unknown"), "200 200 200 200 200 200 200 200");
		check(r -> get("/account/password"), "sign-in 200 200 200 200 200 200 200");
		check(r -> post("/account/profile").param("displayName", "Matrix " + r).param("preferredLanguage", "en"), "sign-in 302 302 302 302 302 302 302");
		// A wrong current password: whoever may change a password sees the form again with the reason.
		check(r -> post("/account/password").param("currentPassword", "not the password")
			.param("password", "a new matrix passphrase").param("passwordRepeat", "a new matrix passphrase"), "sign-in 200 200 200 200 200 200 200");
		check(r -> post("/register").param("email", "matrix-" + r + "-" + System.nanoTime() + "@example.org")
			.param("displayName", "Matrix").param("password", "a matrix passphrase")
			.param("passwordRepeat", "a matrix passphrase"), "200 200 200 200 200 200 200 200");
		check(r -> post("/register/resend").param("email", "nobody-" + r + "@example.org"), "200 200 200 200 200 200 200 200");
		check(r -> post("/register/confirm").param("token", "unknown"), "200 200 200 200 200 200 200 200");
		check(r -> post("/password/forgot").param("email", "nobody-" + r + "@example.org"), "200 200 200 200 200 200 200 200");
		check(r -> post("/password/reset").param("token", "unknown").param("password", "a matrix passphrase")
			.param("passwordRepeat", "a matrix passphrase"), "200 200 200 200 200 200 200 200");
		check(r -> post("/users/" + fixtures.confirmed(organisation) + "/enabled").param("enabled", "false"), "sign-in 409 409 409 409 302 409 409");
	}

	@Test
	void caseActionsBeyondTheWorkflow() throws Exception {
		Person editor = people.get("editor");
		Person secretariat = people.get("secretariat");
		// An empty form: whoever may write the case sees it again with the missing fields (200), others are refused.
		check(r -> post("/workspace/cases").param("title", ""), "sign-in 409 200 200 200 409 409 409");
		check(r -> post("/workspace/cases/" + fixtures.draft(editor)).param("title", ""), "sign-in 404 200 404 200 200 404 404");
		check(r -> post("/workspace/cases/" + fixtures.draft(editor) + "/attachments"), "sign-in 404 302 404 302 302 404 404");
		long draft = fixtures.draft(editor);
		long draftFile = attach(draft, editor);
		check(r -> get("/cases/" + draft + "/attachments/" + draftFile), "404 404 200 404 200 200 404 404");
		long published = fixtures.draft(editor);
		long publishedFile = attach(published, editor);
		fixtures.publish(published, editor, secretariat);
		check(r -> get("/cases/" + published + "/attachments/" + publishedFile), "200 200 200 200 200 200 200 200");
		check(r -> {
			long id = fixtures.draft(editor);
			return post("/workspace/cases/" + id + "/attachments/" + attach(id, editor) + "/delete");
		}, "sign-in 404 302 404 302 302 404 404");
		check(r -> post("/review/cases/" + fixtures.published(organisation, editor, secretariat) + "/feature")
			.param("featured", "true"), "sign-in 403 403 403 403 302 403 403");
		check(r -> post("/comments/" + comment(fixtures.published(organisation, editor, secretariat)) + "/visibility")
			.param("hidden", "true"), "sign-in 409 409 409 409 302 409 409");
	}

	private long attach(long caseId, Person editor) {
		perform(multipart("/workspace/cases/" + caseId + "/attachments")
			.file(new MockMultipartFile("file", "plan.png", "image/png", PNG)).with(csrf()).with(People.as(editor)));
		return jdbc.queryForObject("select max(id) from case_attachment where case_study_id = ?", Long.class, caseId);
	}

	private long comment(long caseId) {
		perform(post("/cases/" + caseId + "/comments").param("text", "A comment").with(csrf())
			.with(People.as(people.get("member"))));
		return jdbc.queryForObject("select max(id) from case_comment where case_study_id = ?", Long.class, caseId);
	}

	/** A request made to set up a row, inside a lambda. */
	private void perform(org.springframework.test.web.servlet.RequestBuilder request) {
		try {
			mvc.perform(request);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] pdf() {
		try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The smallest PNG: one transparent pixel. */
	static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	/**
	 * Cooperation requests. The case belongs to the editor's and focal point's organisation (the owner); requests come
	 * from the other editor's organisation, each made by a member of it with no role, so the other editor is a member of
	 * the requesting side. The plain members of either side, who are not among the matrix's roles, follow each row.
	 */
	@Test
	void cooperationPagesAndActions() throws Exception {
		People builder = new People(accounts, members);
		long requester = people.get("otherEditor").organisationId();
		Person ownerMember = builder.person(organisation);
		Person requesterMember = builder.person(requester);
		long published = fixtures.published(organisation, people.get("editor"), people.get("secretariat"));
		check(r -> get("/cooperation"), "sign-in 200 200 200 200 200 200 200");
		check(r -> get("/cooperation/ask").param("case", String.valueOf(published)), "sign-in 200 200 200 200 200 200 200");
		check(r -> get("/cooperation/ask").param("case", "999999999"), "sign-in 404 404 404 404 404 404 404");
		// Refusals (no organisation, one's own case) come back on the form (200); only the other side may ask (302).
		check(r -> askAbout(fixtures.published(organisation, people.get("editor"), people.get("secretariat"))),
				"sign-in 200 200 302 200 200 200 200");
		long id = cooperation(requester, 0);
		check(r -> get("/cooperation/" + id), "sign-in 404 200 200 200 200 404 404");
		check(r -> get("/cooperation/999999999"), "sign-in 404 404 404 404 404 404 404");
		checkSides(() -> get("/cooperation/" + id), ownerMember, requesterMember, "200 200");
		// Answering: the owner's editors and focal points; the other parties and the secretariat are refused (409).
		check(r -> post("/cooperation/" + cooperation(requester, 0) + "/accept"), "sign-in 404 302 409 302 409 404 404");
		check(r -> post("/cooperation/" + cooperation(requester, 0) + "/decline").param("reason", "No staff"),
				"sign-in 404 302 409 302 409 404 404");
		check(r -> post("/cooperation/" + cooperation(requester, 0) + "/withdraw"), "sign-in 404 409 302 409 409 404 404");
		check(r -> post("/cooperation/" + cooperation(requester, 1) + "/start"), "sign-in 404 302 302 302 409 404 404");
		check(r -> post("/cooperation/" + cooperation(requester, 2) + "/close").param("outcome", "INSPIRED"),
				"sign-in 404 302 302 302 409 404 404");
		check(r -> post("/cooperation/" + cooperation(requester, 3) + "/publish"), "sign-in 404 302 302 302 409 404 404");
		long requested = cooperation(requester, 0);
		checkSides(() -> post("/cooperation/" + requested + "/accept"), ownerMember, requesterMember, "409 409");
		checkSides(() -> post("/cooperation/" + requested + "/withdraw"), ownerMember, requesterMember, "409 302");
		long accepted = cooperation(requester, 1);
		checkSides(() -> post("/cooperation/" + accepted + "/start"), ownerMember, requesterMember, "409 409");
		long closed = cooperation(requester, 3);
		checkSides(() -> post("/cooperation/" + closed + "/publish"), ownerMember, requesterMember, "409 409");
	}

	private MockHttpServletRequestBuilder askAbout(long caseId) {
		return post("/cooperation/ask").param("case", String.valueOf(caseId)).param("help", "CALL")
			.param("aim", "Learn how the lanes were planned").param("preferredLanguage", "en").param("timeframe", "LONGER");
	}

	/**
	 * A fresh request about a fresh case of the owner, made by a new member of the requesting organisation and taken
	 * {@code steps} steps on: 0 requested, 1 accepted, 2 in progress, 3 closed as replicated.
	 */
	private long cooperation(long requester, int steps) {
		Person editor = people.get("editor");
		Person asker = new People(accounts, members).person(requester);
		long caseId = fixtures.published(organisation, editor, people.get("secretariat"));
		try {
			String location = mvc.perform(askAbout(caseId).with(csrf()).with(People.as(asker))).andReturn().getResponse()
				.getRedirectedUrl();
			long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
			String[][] path = { { "accept", null }, { "start", null }, { "close", "REPLICATED" } };
			for (int i = 0; i < steps; i++) {
				MockHttpServletRequestBuilder step = post("/cooperation/" + id + "/" + path[i][0]).with(csrf())
					.with(People.as(i == 0 ? editor : asker));
				if (path[i][1] != null) {
					step = step.param("outcome", path[i][1]);
				}
				assertThat(mvc.perform(step).andReturn().getResponse().getStatus()).isEqualTo(302);
			}
			return id;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The same request as a plain member of the owning organisation, then of the requesting one. */
	private void checkSides(java.util.function.Supplier<MockHttpServletRequestBuilder> request, Person ownerMember,
			Person requesterMember, String expected) throws Exception {
		String owner = String.valueOf(mvc.perform(request.get().with(csrf()).with(People.as(ownerMember))).andReturn()
			.getResponse().getStatus());
		String requesting = String.valueOf(mvc.perform(request.get().with(csrf()).with(People.as(requesterMember)))
			.andReturn().getResponse().getStatus());
		assertThat(owner + " " + requesting).as("owner member, requester member").isEqualTo(expected);
	}

	@Test
	void catalogueNewsEventsAndCertificates() throws Exception {
		long news = jdbc.queryForObject("select min(id) from news_post", Long.class);
		String tag = jdbc.queryForObject("select min(tag) from news_post_tag", String.class);
		check(r -> get("/news/tags/" + tag), "200 200 200 200 200 200 200 200");
		check(r -> get("/news/tags/" + tag + "/feed.atom"), "200 200 200 200 200 200 200 200");
		String posted = mvc.perform(multipart("/admin/news").file(new MockMultipartFile("cover", "c.png", "image/png", PNG))
			.with(csrf()).with(People.as(people.get("secretariat"))).param("title", "Matrix cover " + System.nanoTime())
			.param("summary", "S").param("body", "B").param("coverAlt", "A harbour").param("publication", "NOW"))
			.andReturn().getResponse().getRedirectedUrl();
		long covered = Long.parseLong(posted.replaceAll("\\D", ""));
		check(r -> get("/news/" + covered + "/cover"), "200 200 200 200 200 200 200 200");
		check(r -> get("/admin/news/" + news), "sign-in 403 403 403 403 200 403 403");
		check(r -> post("/admin/news/" + news).param("title", ""), "sign-in 403 403 403 403 200 403 403");
		check(r -> post("/admin/events").param("title", ""), "sign-in 403 403 403 403 200 403 403");
		check(r -> get("/events/registrations/cancel").param("token", "unknown"), "404 404 404 404 404 404 404 404");
		check(r -> get("/admin/organisations/" + organisation), "sign-in 403 403 403 403 200 403 403");
		check(r -> post("/admin/organisations").param("name", ""), "sign-in 403 403 403 403 200 403 403");
		check(r -> post("/admin/organisations/" + organisation).param("name", ""), "sign-in 403 403 403 403 200 403 403");
		String theme = jdbc.queryForObject("select min(code) from theme", String.class);
		check(r -> post("/admin/themes/" + theme).param("name_en", ""), "sign-in 403 403 403 403 409 403 403");
		check(r -> get("/search/suggest").param("q", "bic"), "200 200 200 200 200 200 200 200");
		String code = jdbc.queryForObject("select min(code) from certificate where revoked_at is null", String.class);
		check(r -> get("/verify/" + code), "200 200 200 200 200 200 200 200");
		check(r -> get("/api/certificates/" + code), "200 200 200 200 200 200 200 200");
		check(r -> get("/certificates/" + code + ".pdf"), "sign-in 404 404 404 404 200 404 404");
		check(r -> post("/admin/certificates/unknown-code/revoke").param("reason", "Matrix"), "sign-in 403 403 403 403 404 403 403");
	}

	@Test
	void coursesAndTrainingsBeyondTheStructure() throws Exception {
		Person trainer = people.get("trainer");
		String location = mvc.perform(post("/teach/courses").with(csrf()).with(People.as(trainer))
			.param("title", "Matrix course " + System.nanoTime()).param("summary", "S").param("language", "en")
			.param("level", "INTRODUCTORY").param("estimatedHours", "1")).andReturn().getResponse().getRedirectedUrl();
		long draft = Long.parseLong(location.replaceAll("\\D", ""));
		check(r -> post("/teach/courses").param("title", ""), "sign-in 409 409 409 409 200 409 200");
		check(r -> post("/teach/courses/" + draft).param("title", ""), "sign-in 404 404 404 404 200 404 200");
		check(r -> post("/teach/courses/" + draft + "/publish"), "sign-in 404 404 404 404 409 404 409");
		mvc.perform(post("/teach/courses/" + draft + "/modules").with(csrf()).with(People.as(trainer))
			.param("title", "Module"));
		var written = courses.authored(trainerActor(), draft);
		long module = written.getModules().get(0).getId();
		mvc.perform(post("/teach/courses/" + draft + "/modules/" + module + "/lessons").with(csrf())
			.with(People.as(trainer)).param("title", "Lesson").param("body", "Text"));
		mvc.perform(post("/teach/courses/" + draft + "/modules/" + module + "/questions").with(csrf())
			.with(People.as(trainer)).param("text", "Q").param("options", "*Yes\nNo"));
		written = courses.authored(trainerActor(), draft);
		long lesson = written.lessons().get(0).getId();
		long question = written.getModules().get(0).getQuestions().get(0).getId();
		check(r -> post("/teach/courses/" + draft + "/lessons/" + lesson).param("title", ""), "sign-in 404 404 404 404 200 404 200");
		check(r -> post("/teach/courses/" + draft + "/questions/" + question).param("text", ""), "sign-in 404 404 404 404 200 404 200");
		mvc.perform(multipart("/teach/courses/" + draft + "/settings").file(new MockMultipartFile("cover", "c.png",
				"image/png", PNG)).with(csrf()).with(People.as(trainer)).param("audience", "MEMBERS")
			.param("trainers", String.valueOf(trainer.id())).param("coverAlt", "A street"));
		// The cover of a draft course is seen by those who see the course.
		check(r -> get("/courses/" + draft + "/cover"), "404 404 404 404 404 200 404 200");
		java.time.LocalDate start = java.time.LocalDate.now().plusDays(20);
		check(r -> post("/teach/trainings").param("title", ""), "sign-in 409 409 409 409 200 409 200");
		long session = trainings.all().get(0).getId();
		check(r -> post("/teach/trainings/" + session + "/edit").param("title", ""), "sign-in 404 404 404 404 200 404 404");
		String created = mvc.perform(post("/teach/trainings").with(csrf()).with(People.as(people.get("secretariat")))
			.param("title", "Matrix session " + System.nanoTime()).param("description", "D").param("venue", "Online")
			.param("language", "en").param("startsOn", start.toString()).param("endsOn", start.toString())
			.param("deadline", start.minusDays(1).toString()).param("seats", "20").param("daysRequired", "1"))
			.andReturn().getResponse().getRedirectedUrl();
		long open = Long.parseLong(created.replaceAll("\\D", ""));
		for (Person applicant : people.values()) {
			mvc.perform(post("/trainings/" + open + "/apply").with(csrf()).with(People.as(applicant))
				.param("motivation", "To learn"));
		}
		long application = jdbc.queryForObject("select min(id) from training_application where session_id = ?",
				Long.class, open);
		check(r -> post("/teach/trainings/" + open + "/applications/" + application + "/decision")
			.param("status", "SHORTLISTED"), "sign-in 404 404 404 404 302 404 404");
		// Attendance is taken once the session has started (the secretariat's 409), by its managers only.
		check(r -> post("/teach/trainings/" + open + "/applications/" + application + "/attendance"), "sign-in 404 404 404 404 409 404 404");
		// Everyone applied, nobody holds a seat yet: there is no seat to give up.
		check(r -> post("/trainings/" + open + "/withdraw"), "sign-in 409 409 409 409 409 409 409");
		String withDocuments = mvc.perform(post("/teach/trainings").with(csrf()).with(People.as(people.get("secretariat")))
			.param("title", "Matrix documents " + System.nanoTime()).param("description", "D").param("venue", "Online")
			.param("language", "en").param("startsOn", start.toString()).param("endsOn", start.toString())
			.param("deadline", start.minusDays(1).toString()).param("seats", "20").param("daysRequired", "1")
			.param("requiredDocuments", "CV")).andReturn().getResponse().getRedirectedUrl();
		long documented = Long.parseLong(withDocuments.replaceAll("\\D", ""));
		mvc.perform(multipart("/trainings/" + documented + "/apply").file(new MockMultipartFile("document", "cv.pdf",
				"application/pdf", pdf())).with(csrf()).with(People.as(people.get("member"))).param("motivation", "CV"));
		long document = jdbc.queryForObject("select d.id from training_document d join training_application a"
				+ " on a.id = d.application_id where a.session_id = ?", Long.class, documented);
		// An applicant's documents are for the session's managers only (the applicant is shown no download link).
		check(r -> get("/teach/trainings/" + documented + "/documents/" + document),
				"sign-in 404 404 404 404 200 404 404");
	}

	@Test
	void challengePagesAndActions() throws Exception {
		java.util.function.Supplier<Long> fresh = () -> postChallenge(people.get("editor"));
		long challenge = fresh.get();
		long other = new People(accounts, members).organisation();
		check(r -> get("/challenges"), "200 200 200 200 200 200 200 200");
		check(r -> get("/challenges").param("goal", "11").param("country", "KR").param("status", "OPEN"),
				"200 200 200 200 200 200 200 200");
		check(r -> get("/challenges/" + challenge), "200 200 200 200 200 200 200 200");
		check(r -> get("/challenges/999999999"), "404 404 404 404 404 404 404 404");
		// Editors and focal points of a member organisation post; others are told they may not.
		check(r -> get("/challenges/new"), "sign-in 409 200 200 200 409 409 409");
		check(r -> post("/challenges/new").param("title", ""), "sign-in 409 200 200 200 409 409 409");
		// Another organisation's editor offers (once); the others see the offer form again with the reason.
		check(r -> post("/challenges/" + challenge + "/offers").param("note", "We can share our plans."),
				"sign-in 200 200 302 200 200 200 200");
		check(r -> post("/challenges/" + fresh.get() + "/close"), "sign-in 403 302 403 302 403 403 403");
		check(r -> post("/challenges/" + fresh.get() + "/suggestions").param("organisationId", String.valueOf(other)),
				"sign-in 403 403 403 403 302 403 403");
	}

	private long postChallenge(Person editor) {
		try {
			String location = mvc.perform(post("/challenges/new").with(csrf()).with(People.as(editor))
				.param("title", "Matrix challenge " + System.nanoTime()).param("description", "Flooded streets.")
				.param("targets", "11.5").param("neededBy", java.time.LocalDate.now().plusDays(30).toString()))
				.andReturn().getResponse().getRedirectedUrl();
			return Long.parseLong(location.replaceAll("\\D", ""));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void awardActionsBeyondTheTimeline() throws Exception {
		long completed = jdbc.queryForObject("select id from award_cycle where name = 'SDG City Awards 2025'", Long.class);
		long nomination = jdbc.queryForObject(
				"select min(id) from award_nomination where cycle_id = ?", Long.class, completed);
		long category = jdbc.queryForObject("select category_id from award_nomination where id = ?", Long.class,
				nomination);
		check(r -> post("/admin/awards").param("name", ""), "sign-in 403 403 403 403 200 403 403");
		check(r -> post("/admin/awards/nominations/" + nomination + "/move").param("categoryId",
				String.valueOf(category)), "sign-in 403 403 403 403 409 403 403");
		check(r -> post("/admin/awards/nominations/" + nomination + "/outcome").param("outcome", "FINALIST"), "sign-in 403 403 403 403 409 403 403");
		check(r -> get("/judging/" + completed), "sign-in 409 409 409 409 409 404 409");
		check(r -> get("/judging/nominations/" + nomination), "sign-in 409 409 409 409 409 409 409");
		check(r -> post("/judging/nominations/" + nomination + "/conflict").param("reason", "Matrix"), "sign-in 409 409 409 409 409 409 409");
	}

	/**
	 * Each role's own page, in a session signed in through the form, before and after the role is taken away: the
	 * removal ends the session at once (its next request is sent to sign in), whatever the role.
	 */
	@Test
	void revokedRolesStopWorkingMidSession() throws Exception {
		People builder = new People(accounts, members);
		Map<Role, String> pages = new LinkedHashMap<>();
		pages.put(Role.EDITOR, "/workspace/cases/new");
		pages.put(Role.FOCAL_POINT, "/workspace/organisation");
		pages.put(Role.SECRETARIAT, "/admin/users");
		pages.put(Role.JUDGE, "/judging");
		pages.put(Role.TRAINER, "/teach");
		var secretariat = accounts.actor(people.get("secretariat").id()).orElseThrow();
		Map<Role, String> afterRevocation = new LinkedHashMap<>();
		for (var page : pages.entrySet()) {
			Person person = builder.person(page.getKey() == Role.EDITOR || page.getKey() == Role.FOCAL_POINT
					? organisation : null, page.getKey());
			var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(
					formLogin("/sign-in").userParameter("email").user(person.email()).password("test password 123"))
				.andReturn().getRequest().getSession(false);
			assertThat(mvc.perform(get(page.getValue()).session(session)).andReturn().getResponse().getStatus())
				.as(page.getKey() + " before").isEqualTo(200);
			accounts.changeRole(secretariat, person.id(), page.getKey(), false);
			afterRevocation.put(page.getKey(), outcome(mvc.perform(get(page.getValue()).session(session)).andReturn()));
		}
		assertThat(afterRevocation).allSatisfy((role, outcome) -> assertThat(outcome).as(role.name()).isEqualTo("sign-in"));
	}

	/** No state changes without the form's CSRF token: every mapped POST refuses a request that lacks it. */
	@Test
	void everyPostWithoutACsrfTokenIsRefused() throws Exception {
		Map<String, Integer> answers = new java.util.TreeMap<>();
		for (var info : handlers.getHandlerMethods().keySet()) {
			if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				String path = pattern.replaceAll("\\{[^}]+}", "1");
				answers.put(path, mvc.perform(post(path).with(People.as(people.get("secretariat"))))
					.andReturn().getResponse().getStatus());
			}
		}
		assertThat(answers).isNotEmpty().allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(403));
	}

	/**
	 * Runs last: every action the application maps has a row above, so a new page or action cannot be added without
	 * saying who may use it. (Run with the whole class: a single method reaches only its own rows.)
	 */
	@Test
	void cooperationThreadAndMilestones() throws Exception {
		// The test organisation asks another organisation's case; the parties are its editor and focal point.
		People builder = new People(accounts, members);
		long owner = builder.organisation();
		Person ownerEditor = builder.editorOf(owner);
		long caseId = fixtures.published(owner, ownerEditor, people.get("secretariat"));
		long request = org.urbansdg.cooperation.ThreadTestData.request(context, caseId, people.get("editor"), ownerEditor);
		long file = org.urbansdg.cooperation.ThreadTestData.fileInThread(context, request, ownerEditor);
		check(r -> post("/cooperation/" + request + "/messages").param("text", "Hello from " + r),
				"sign-in 404 302 404 302 302 404 404");
		check(r -> get("/cooperation/" + request + "/attachments/" + file), "sign-in 404 200 404 200 200 404 404");
		check(r -> post("/cooperation/" + request + "/milestones").param("kind", "CALL_OR_MEETING")
			.param("happenedOn", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()),
				"sign-in 404 302 404 302 409 404 404");
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void everyMappedActionHasARow() {
		Set<String> mapped = new TreeSet<>();
		handlers.getHandlerMethods().forEach((info, method) -> {
			Set<String> patterns = info.getPatternValues();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : patterns) {
				if (methods.isEmpty()) {
					mapped.add("GET " + pattern);
				}
				methods.forEach(m -> mapped.add(m.name() + " " + pattern));
			}
		});
		mapped.removeAll(NOT_IN_THE_MATRIX);
		mapped.removeAll(REACHED);
		assertThat(mapped).as("actions without a row in the matrix").isEmpty();
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
			Object pattern = result.getRequest().getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
			if (pattern != null) {
				REACHED.add(result.getRequest().getMethod() + " " + pattern);
			}
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
