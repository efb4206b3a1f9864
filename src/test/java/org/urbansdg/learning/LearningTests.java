package org.urbansdg.learning;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.Mailbox;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Role;
import org.urbansdg.certificate.CertificateIssued;
import org.urbansdg.certificate.Certificates;
import org.urbansdg.member.Members;
import org.urbansdg.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/** The course rules: enrolment once, limited quiz attempts graded by option id, completion with a certificate. */
@PlatformTest
@EnableScenarios
class LearningTests {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	Courses courses;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Certificates certificates;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	Person trainer;

	Person learner;

	@BeforeEach
	void setUp() {
		People people = new People(accounts, members);
		trainer = people.person(null, Role.TRAINER);
		// A member of the network: confirmed for a member organisation (new courses are for members only).
		learner = people.person(people.organisation());
	}

	/** A published course of one module with one lesson and one multiple-answer question (pass mark 100%, 2 tries). */
	long course(boolean publish) {
		Actor author = actor(trainer);
		long id = courses.create(author, new CourseDetails("Course " + UUID.randomUUID(), "Learn **well**.", "en",
				Course.Level.INTRODUCTORY, 5), null);
		courses.addModule(author, id, "Basics", 100, 2);
		long module = courses.authored(author, id).getModules().get(0).getId();
		courses.addLesson(author, id, module, "First lesson", "Rain gardens *absorb* water.", null,
				List.of(new Lesson.Material("Guide", "https://example.org/guide.pdf")), List.of());
		courses.addQuestion(author, id, module, "Which absorb water?", "*Rain gardens\nAsphalt\n*Wetlands", "Green does.");
		if (publish) {
			courses.publish(author, id);
		}
		return id;
	}

	Actor actor(Person person) {
		return accounts.actor(person.id()).orElseThrow();
	}

	long module(long courseId) {
		return courses.get(actor(trainer), courseId).getModules().get(0).getId();
	}

	long lesson(long courseId) {
		return courses.get(actor(trainer), courseId).lessons().get(0).getId();
	}

	/** The correct option ids of the open attempt, read from the course, not from positions. */
	Set<Long> correctAnswers(long courseId) {
		return courses.get(actor(trainer), courseId).getModules().get(0).getQuestions().stream()
			.flatMap(q -> q.getOptions().stream()).filter(QuizOption::isCorrect).map(QuizOption::getId)
			.collect(Collectors.toSet());
	}

	@Test
	void enrollingTwiceIsRefusedWithAMessage() throws Exception {
		long id = course(true);
		mvc.perform(post("/courses/" + id + "/enrol").with(csrf()).with(as(learner)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/courses/" + id + "/enrol").with(csrf()).with(as(learner)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("You are already enrolled in this course.")));
		assertThat(enrolments.dashboard(actor(learner))).hasSize(1);
	}

	@Test
	void draftsAreHiddenAndCannotBeJoined() throws Exception {
		long id = course(false);
		mvc.perform(get("/courses/" + id).with(as(learner))).andExpect(status().isNotFound());
		mvc.perform(get("/courses/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/courses/" + id).with(as(trainer))).andExpect(status().isOk());
		mvc.perform(post("/courses/" + id + "/enrol").with(csrf()).with(as(learner))).andExpect(status().isNotFound());
	}

	@Test
	void answeringAfterTheAttemptsAreUsedIsRefused() throws Exception {
		long id = course(true);
		long module = module(id);
		enrolments.enrol(actor(learner), id);
		for (int i = 0; i < 2; i++) {
			long attempt = enrolments.start(actor(learner), id, module);
			assertThat(enrolments.answer(actor(learner), id, module, attempt, Set.of()).isPassed()).isFalse();
		}
		mvc.perform(post("/courses/" + id + "/modules/" + module + "/quiz").with(csrf()).with(as(learner)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("You have used all 2 attempts at this quiz.")));
		long used = enrolments.quiz(actor(learner), id, module).attempts().get(1).getId();
		mvc.perform(post("/courses/" + id + "/modules/" + module + "/quiz/" + used).param("q1", "1")
			.with(csrf()).with(as(learner))).andExpect(status().isConflict());
		assertThat(enrolments.quiz(actor(learner), id, module).attempts()).hasSize(2)
			.noneMatch(QuizAttempt::isPassed);
	}

	/** Sends the same request from several threads at once (a builder each) and returns the responses. */
	List<org.springframework.mock.web.MockHttpServletResponse> atOnce(int threads,
			java.util.function.Supplier<org.springframework.test.web.servlet.RequestBuilder> request) throws Exception {
		java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			List<java.util.concurrent.Future<org.springframework.mock.web.MockHttpServletResponse>> sent = new java.util.ArrayList<>();
			for (int i = 0; i < threads; i++) {
				sent.add(pool.submit(() -> {
					start.await();
					return mvc.perform(request.get()).andReturn().getResponse();
				}));
			}
			List<org.springframework.mock.web.MockHttpServletResponse> responses = new java.util.ArrayList<>();
			for (var response : sent) {
				responses.add(response.get(60, java.util.concurrent.TimeUnit.SECONDS));
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void oneAttemptSubmittedManyTimesAtOnceIsGradedOnce() throws Exception {
		long id = course(true);
		long module = module(id);
		enrolments.enrol(actor(learner), id);
		long attempt = enrolments.start(actor(learner), id, module);
		long question = courses.get(actor(trainer), id).getModules().get(0).getQuestions().get(0).getId();
		var responses = atOnce(6, () -> post("/courses/" + id + "/modules/" + module + "/quiz/" + attempt)
			.param("q" + question, "1").with(csrf()).with(as(learner)));
		assertThat(responses).extracting(r -> r.getStatus()).as("one grading, the others told it was already answered")
			.containsOnlyOnce(302).containsOnly(302, 409);
		for (var refused : responses.stream().filter(r -> r.getStatus() == 409).toList()) {
			assertThat(refused.getContentAsString()).contains("This attempt has already been answered.");
		}
		var state = enrolments.quiz(actor(learner), id, module);
		assertThat(state.attempts()).singleElement().satisfies(a -> assertThat(a.isOpen()).isFalse());
		assertThat(state.attemptsLeft()).as("attempts used: one of two").isEqualTo(1);
	}

	@Test
	void startingAQuizManyTimesAtOnceOpensOneAttempt() throws Exception {
		long id = course(true);
		long module = module(id);
		enrolments.enrol(actor(learner), id);
		var responses = atOnce(6, () -> post("/courses/" + id + "/modules/" + module + "/quiz").with(csrf()).with(as(learner)));
		assertThat(responses).extracting(r -> r.getStatus()).containsOnly(302);
		assertThat(enrolments.quiz(actor(learner), id, module).attempts()).singleElement()
			.satisfies(a -> assertThat(a.isOpen()).isTrue());
	}

	@Test
	void eachAttemptStoresItsShuffledOrderAndIsGradedByOptionId() {
		long id = course(true);
		long module = module(id);
		enrolments.enrol(actor(learner), id);
		long attempt = enrolments.start(actor(learner), id, module);
		QuizAttempt open = enrolments.quiz(actor(learner), id, module).open();
		Map<Long, List<Long>> order = open.order();
		assertThat(order.values()).singleElement().satisfies(options -> assertThat(options).hasSize(3));
		// Only one of two correct answers: wrong, whatever the positions shown.
		Set<Long> correct = correctAnswers(id);
		Set<Long> half = Set.of(correct.iterator().next());
		assertThat(enrolments.answer(actor(learner), id, module, attempt, half).isPassed()).isFalse();
		long second = enrolments.start(actor(learner), id, module);
		assertThat(enrolments.answer(actor(learner), id, module, second, correct).getScore()).isEqualTo(100);
	}

	@Test
	void viewingEveryLessonAndPassingEveryQuizIssuesACertificateAndSaysSo() throws Exception {
		long id = course(true);
		long module = module(id);
		mvc.perform(post("/courses/" + id + "/enrol").with(csrf()).with(as(learner)));
		mvc.perform(get("/courses/" + id + "/lessons/" + lesson(id)).with(as(learner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<em>absorb</em>")))
			.andExpect(content().string(containsString("https://example.org/guide.pdf")));
		mvc.perform(post("/courses/" + id + "/modules/" + module + "/quiz").with(csrf()).with(as(learner)))
			.andExpect(status().is3xxRedirection());
		long attempt = enrolments.quiz(actor(learner), id, module).open().getId();
		var request = post("/courses/" + id + "/modules/" + module + "/quiz/" + attempt).with(csrf()).with(as(learner));
		long question = courses.get(actor(trainer), id).getModules().get(0).getQuestions().get(0).getId();
		for (long option : correctAnswers(id)) {
			request = request.param("q" + question, String.valueOf(option));
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());

		Enrolment enrolment = enrolments.enrolment(actor(learner), id).orElseThrow();
		assertThat(enrolment.getCompletedAt()).isNotNull();
		var certificate = certificates.find(enrolment.getCertificateCode()).orElseThrow();
		assertThat(certificate.getDetail()).isEqualTo("5 hours");
		assertThat(certificate.getKind()).isEqualTo(org.urbansdg.certificate.Certificate.Kind.COURSE);
		String body = Mailbox.body(Mailbox.await(mail, learner.email(), 1).get(0));
		assertThat(body).contains("/verify/" + certificate.getCode());
		mvc.perform(get("/learning").with(as(learner)))
			.andExpect(content().string(containsString("You have completed this course.")));
	}

	@Test
	void answersNamingOptionsTheQuizDoesNotHaveAreIgnoredNotStored() throws Exception {
		long id = course(true);
		long module = module(id);
		mvc.perform(post("/courses/" + id + "/enrol").with(csrf()).with(as(learner)));
		mvc.perform(post("/courses/" + id + "/modules/" + module + "/quiz").with(csrf()).with(as(learner)));
		long attempt = enrolments.quiz(actor(learner), id, module).open().getId();
		var request = post("/courses/" + id + "/modules/" + module + "/quiz/" + attempt).with(csrf()).with(as(learner));
		long question = courses.get(actor(trainer), id).getModules().get(0).getQuestions().get(0).getId();
		for (long option : correctAnswers(id)) {
			request = request.param("q" + question, String.valueOf(option));
		}
		// 600 made-up option ids would not fit the attempt's record of what was chosen (4,000 characters).
		for (int i = 0; i < 600; i++) {
			request = request.param("q" + question, String.valueOf(900_000_000_000_000_000L + i));
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
		var graded = enrolments.quiz(actor(learner), id, module).attempts().get(0);
		assertThat(graded.isPassed()).isTrue();
		assertThat(graded.chosenIds()).containsExactlyInAnyOrderElementsOf(correctAnswers(id));
	}

	@Test
	void theDashboardContinuesWhereTheLearnerLeftOff() throws Exception {
		Actor author = actor(trainer);
		long id = course(false);
		long module = module(id);
		courses.addLesson(author, id, module, "Second lesson", "More.", null, List.of(), List.of());
		courses.publish(author, id);
		enrolments.enrol(actor(learner), id);
		enrolments.view(actor(learner), id, lesson(id));
		mvc.perform(get("/learning").with(as(learner)))
			.andExpect(content().string(containsString("Continue: Second lesson")));
	}

	@Test
	void theOfflinePackageIsOneFileWithTheLessonsAndNoScripts() throws Exception {
		long id = course(true);
		mvc.perform(get("/courses/" + id + "/offline"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString("First lesson")))
			.andExpect(content().string(containsString("<em>absorb</em>")))
			.andExpect(content().string(containsString("https://example.org/guide.pdf")))
			.andExpect(content().string(containsString("<style>")))
			.andExpect(content().string(not(containsString("<script"))));
	}

	@Test
	void trainersExportEnrolmentsAndResultsAsCsv() throws Exception {
		long id = course(true);
		enrolments.enrol(actor(learner), id);
		mvc.perform(get("/teach/courses/" + id + "/enrolments.csv").with(as(trainer)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString(learner.email())));
		mvc.perform(get("/teach/courses/" + id + "/enrolments.csv").with(as(learner))).andExpect(status().isNotFound());
		assertThat(TeachController.cell("=HYPERLINK(1)")).isEqualTo("\"'=HYPERLINK(1)\"");
	}

	@Test
	void trainersWriteAndPublishThroughTheForms() throws Exception {
		String title = "Form course " + UUID.randomUUID();
		String location = mvc.perform(post("/teach/courses").with(csrf()).with(as(trainer)).param("title", title)
			.param("summary", "Summary").param("language", "en").param("level", "ADVANCED").param("estimatedHours", "3"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll("\\D", ""));
		mvc.perform(post("/teach/courses/" + id + "/publish").with(csrf()).with(as(trainer)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("at least one lesson")));
		mvc.perform(post("/teach/courses/" + id + "/modules").with(csrf()).with(as(trainer)).param("title", "One"))
			.andExpect(status().is3xxRedirection());
		long module = module(id);
		mvc.perform(post("/teach/courses/" + id + "/modules/" + module + "/lessons").with(csrf()).with(as(trainer))
			.param("title", "L1").param("body", "Text").param("materials", "Guide | https://example.org/g"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/teach/courses/" + id + "/modules/" + module + "/questions").with(csrf()).with(as(trainer))
			.param("text", "Q typed").param("options", "A\nB"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at least one marked correct")))
			.andExpect(content().string(containsString("value=\"Q typed\"")));
		assertThat(courses.authored(actor(trainer), id).getModules().get(0).getQuestions()).isEmpty();
		mvc.perform(post("/teach/courses/" + id + "/publish").with(csrf()).with(as(trainer)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/courses")).andExpect(content().string(containsString(title)));
		assertThatThrownBy(() -> courses.publish(actor(trainer), id)).isInstanceOf(DomainException.class);
	}

	@Test
	void demoCoursesArePublishedAndOneIsBuiltOnCaseStudies() throws Exception {
		assertThat(courses.published()).hasSizeGreaterThanOrEqualTo(3);
		Course mobility = courses.published().stream()
			.filter(c -> c.getTitle().startsWith("Sustainable urban mobility")).findFirst().orElseThrow();
		assertThat(mobility.lessons().get(0).getCaseStudyIds()).isNotEmpty();
		mvc.perform(post("/courses/" + mobility.getId() + "/enrol").with(csrf()).with(as(learner)));
		mvc.perform(get("/courses/" + mobility.getId() + "/lessons/" + mobility.lessons().get(0).getId())
			.with(as(learner))).andExpect(content().string(containsString("Reorganising the bus network")));
	}

	/** The certificate module announces each certificate it issues; learning mails course certificates. */
	@Test
	void certificateAnnouncesACourseCertificateAndLearningMailsItsLink(Scenario scenario) {
		long id = course(true);
		long module = module(id);
		Actor actor = actor(learner);
		enrolments.enrol(actor, id);
		enrolments.view(actor, id, lesson(id));
		long attempt = enrolments.start(actor, id, module);
		Set<Long> answers = correctAnswers(id);
		scenario.stimulate(() -> enrolments.answer(actor, id, module, attempt, answers))
			.andWaitForStateChange(() -> Mailbox.to(mail, learner.email()), m -> !m.isEmpty())
			.andVerifyEvents(events -> assertThat(events).contains(CertificateIssued.class)
				.matching(e -> Long.valueOf(learner.id()).equals(e.recipientUserId()))
				.matching(CertificateIssued::sourceType, Enrolments.SOURCE));
		String code = enrolments.enrolment(actor, id).orElseThrow().getCertificateCode();
		assertThat(Mailbox.to(mail, learner.email())).singleElement().satisfies(m -> {
			assertThat(m.getSubject()).startsWith("Your certificate for Course ");
			assertThat(Mailbox.body(m)).contains("/verify/" + code);
		});
	}
}
