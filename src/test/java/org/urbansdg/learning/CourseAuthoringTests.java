package org.urbansdg.learning;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.Mailbox;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Role;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/**
 * Authoring rules: forms that come back with field errors, editing, reordering and deleting the structure (refused once
 * learners depend on it), course settings with who may enrol and the cover, the quiz's open attempts, and the PDF.
 */
@PlatformTest
class CourseAuthoringTests {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	Courses courses;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	People people;

	Person trainer;

	Person learner;

	@BeforeEach
	void setUp() {
		people = new People(accounts, members);
		trainer = people.person(null, Role.TRAINER);
		learner = people.person(people.organisation());
	}

	Actor actor(Person person) {
		return accounts.actor(person.id()).orElseThrow();
	}

	/** A course of one module with two lessons and two questions, published unless said otherwise. */
	long course(boolean publish) {
		Actor author = actor(trainer);
		long id = courses.create(author, new CourseDetails("Authoring " + UUID.randomUUID(), "Summary.", "en",
				Course.Level.INTRODUCTORY, 2), null);
		courses.addModule(author, id, "Basics", 50, 2);
		long module = module(id).getId();
		courses.addLesson(author, id, module, "Lesson A", "Text A with a [guide](https://example.org/a).", null,
				List.of(new Lesson.Material("Guide A", "https://example.org/guide-a.pdf")), List.of());
		courses.addLesson(author, id, module, "Lesson B", "Text B.", null, List.of(), List.of());
		courses.addQuestion(author, id, module, "Question one?", "*Yes\nNo", null);
		courses.addQuestion(author, id, module, "Question two?", "*Right\nWrong", null);
		if (publish) {
			courses.publish(author, id);
		}
		return id;
	}

	CourseModule module(long id) {
		return courses.authored(actor(trainer), id).getModules().get(0);
	}

	@Test
	void aLessonWithMistakesComesBackWithFieldErrorsAndEverythingTyped() throws Exception {
		long id = course(false);
		long module = module(id).getId();
		mvc.perform(post("/teach/courses/" + id + "/modules/" + module + "/lessons").with(csrf()).with(as(trainer))
			.param("title", "").param("body", "Body I typed").param("videoUrl", "javascript:alert(1)")
			.param("materials", "Guide | ftp://example.org/x").param("caseIds", "twelve"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"error-summary\"")))
			.andExpect(content().string(containsString("href=\"#title\"")))
			.andExpect(content().string(containsString("Links must start with http:// or https://.")))
			.andExpect(content().string(containsString("Case studies are given by their numbers")))
			.andExpect(content().string(containsString("Body I typed")))
			.andExpect(content().string(containsString("value=\"twelve\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(module(id).getLessons()).hasSize(2);
	}

	@Test
	void aMaterialNameLongerThanTheDatabaseKeepsIsAFieldError() throws Exception {
		long id = course(false);
		long module = module(id).getId();
		mvc.perform(post("/teach/courses/" + id + "/modules/" + module + "/lessons").with(csrf()).with(as(trainer))
			.param("title", "Materials").param("body", "Body").param("videoUrl", "")
			.param("materials", "m".repeat(400) + " | https://example.org/guide").param("caseIds", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep the name of each material to 300 characters at most.")));
		assertThat(module(id).getLessons()).hasSize(2);
	}

	@Test
	void aModuleWithANonNumberComesBackWithTheFieldError() throws Exception {
		long id = course(false);
		mvc.perform(post("/teach/courses/" + id + "/modules").with(csrf()).with(as(trainer))
			.param("title", "Typed module").param("passPercent", "lots").param("maxAttempts", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Typed module\"")))
			.andExpect(content().string(containsString("href=\"#passPercent\"")))
			.andExpect(content().string(containsString("Enter a valid value.")));
		assertThat(courses.authored(actor(trainer), id).getModules()).hasSize(1);
	}

	@Test
	void editingALessonKeepsLearnersProgress() throws Exception {
		long id = course(true);
		CourseModule module = module(id);
		long lesson = module.getLessons().get(0).getId();
		enrolments.enrol(actor(learner), id);
		enrolments.view(actor(learner), id, lesson);
		mvc.perform(post("/teach/courses/" + id + "/lessons/" + lesson).with(csrf()).with(as(trainer))
			.param("title", "Lesson A, revised").param("body", "New text.").param("videoUrl", "")
			.param("materials", "New guide | https://example.org/new").param("caseIds", ""))
			.andExpect(status().is3xxRedirection());
		Lesson revised = courses.lesson(actor(trainer), id, lesson);
		assertThat(revised.getTitle()).isEqualTo("Lesson A, revised");
		assertThat(revised.getMaterials()).containsExactly(new Lesson.Material("New guide", "https://example.org/new"));
		assertThat(enrolments.enrolment(actor(learner), id).orElseThrow().hasViewed(lesson)).isTrue();
	}

	@Test
	void lessonsQuestionsAndModulesMoveUpAndDown() throws Exception {
		long id = course(false);
		CourseModule module = module(id);
		long second = module.getLessons().get(1).getId();
		long firstQuestion = module.getQuestions().get(0).getId();
		mvc.perform(post("/teach/courses/" + id + "/lessons/" + second + "/move").param("direction", "up")
			.with(csrf()).with(as(trainer))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/teach/courses/" + id + "/questions/" + firstQuestion + "/move").param("direction", "down")
			.with(csrf()).with(as(trainer))).andExpect(status().is3xxRedirection());
		courses.addModule(actor(trainer), id, "Second module", 70, 3);
		long secondModule = courses.authored(actor(trainer), id).getModules().get(1).getId();
		mvc.perform(post("/teach/courses/" + id + "/modules/" + secondModule + "/move").param("direction", "up")
			.with(csrf()).with(as(trainer))).andExpect(status().is3xxRedirection());
		Course course = courses.authored(actor(trainer), id);
		assertThat(course.getModules()).extracting(CourseModule::getTitle).containsExactly("Second module", "Basics");
		assertThat(course.getModules()).extracting(CourseModule::getPosition).containsExactly(1, 2);
		CourseModule basics = course.getModules().get(1);
		assertThat(basics.getLessons()).extracting(Lesson::getTitle).containsExactly("Lesson B", "Lesson A");
		assertThat(basics.getQuestions()).extracting(QuizQuestion::getText)
			.containsExactly("Question two?", "Question one?");
		// Moving the first one up changes nothing.
		mvc.perform(post("/teach/courses/" + id + "/lessons/" + second + "/move").param("direction", "up")
			.with(csrf()).with(as(trainer))).andExpect(status().is3xxRedirection());
		assertThat(courses.authored(actor(trainer), id).lessons().get(0).getId()).isEqualTo(second);
	}

	@Test
	void anotherTrainerCannotChangeTheStructure() throws Exception {
		long id = course(false);
		long lesson = module(id).getLessons().get(0).getId();
		Person other = people.person(null, Role.TRAINER);
		mvc.perform(get("/teach/courses/" + id + "/lessons/" + lesson).with(as(other))).andExpect(status().isNotFound());
		mvc.perform(post("/teach/courses/" + id + "/lessons/" + lesson + "/delete").with(csrf()).with(as(other)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/teach/courses/" + id + "/lessons/" + lesson + "/move").param("direction", "down")
			.with(csrf()).with(as(learner))).andExpect(status().isNotFound());
		assertThat(module(id).getLessons().get(0).getId()).isEqualTo(lesson);
	}

	@Test
	void aLessonSomeoneReadCannotBeDeletedButAnUnreadOneCan() throws Exception {
		long id = course(true);
		CourseModule module = module(id);
		long read = module.getLessons().get(0).getId();
		long unread = module.getLessons().get(1).getId();
		enrolments.enrol(actor(learner), id);
		enrolments.view(actor(learner), id, read);
		mvc.perform(post("/teach/courses/" + id + "/lessons/" + read + "/delete").with(csrf()).with(as(trainer)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refusal", "learning.lesson.inUse"));
		mvc.perform(get("/teach/courses/" + id).with(as(trainer)).flashAttr("refusal", "learning.lesson.inUse"))
			.andExpect(content().string(containsString("Learners have already read this lesson")));
		mvc.perform(post("/teach/courses/" + id + "/lessons/" + unread + "/delete").with(csrf()).with(as(trainer)))
			.andExpect(flash().attribute("flash", "learning.deleted"));
		assertThat(module(id).getLessons()).extracting(Lesson::getId).containsExactly(read);
		assertThat(module(id).getLessons().get(0).getPosition()).isEqualTo(1);
	}

	@Test
	void onceAQuizIsAnsweredItsOptionsAndQuestionsStayButWordingCanChange() throws Exception {
		long id = course(true);
		CourseModule module = module(id);
		long question = module.getQuestions().get(0).getId();
		enrolments.enrol(actor(learner), id);
		long attempt = enrolments.start(actor(learner), id, module.getId());
		enrolments.answer(actor(learner), id, module.getId(), attempt, Set.of());

		mvc.perform(post("/teach/courses/" + id + "/questions/" + question).with(csrf()).with(as(trainer))
			.param("text", "Question one, reworded?").param("options", "*Yes\nNo\nMaybe").param("feedback", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("its options can no longer change")))
			.andExpect(content().string(containsString("Maybe")));
		assertThat(courses.question(actor(trainer), id, question).getOptions()).hasSize(2);
		mvc.perform(post("/teach/courses/" + id + "/questions/" + question + "/delete").with(csrf()).with(as(trainer)))
			.andExpect(flash().attribute("refusal", "learning.question.answered"));
		mvc.perform(post("/teach/courses/" + id + "/modules/" + module.getId() + "/delete").with(csrf())
			.with(as(trainer))).andExpect(flash().attribute("refusal", "learning.module.inUse"));
		assertThat(module(id).getQuestions()).hasSize(2);

		mvc.perform(post("/teach/courses/" + id + "/questions/" + question).with(csrf()).with(as(trainer))
			.param("text", "Question one, reworded?").param("options", "*Yes\nNo").param("feedback", "Because."))
			.andExpect(status().is3xxRedirection());
		QuizQuestion reworded = courses.question(actor(trainer), id, question);
		assertThat(reworded.getText()).isEqualTo("Question one, reworded?");
		assertThat(reworded.getFeedback()).isEqualTo("Because.");
	}

	@Test
	void anAttemptStartedAndLeftIsResumedAndStartsAfreshWhenTheQuizChanges() {
		long id = course(true);
		long module = module(id).getId();
		enrolments.enrol(actor(learner), id);
		long first = enrolments.start(actor(learner), id, module);
		// Opening the quiz again resumes the same attempt; it does not count as used until answered.
		assertThat(enrolments.start(actor(learner), id, module)).isEqualTo(first);
		Enrolments.QuizState state = enrolments.quiz(actor(learner), id, module);
		assertThat(state.attemptsLeft()).isEqualTo(2);
		assertThat(state.open().getId()).isEqualTo(first);

		courses.addQuestion(actor(trainer), id, module, "Question three?", "*A\nB", null);
		Enrolments.QuizState changed = enrolments.quiz(actor(learner), id, module);
		assertThat(changed.open()).isNull();
		assertThat(changed.attempts()).isEmpty();
		long fresh = enrolments.start(actor(learner), id, module);
		QuizAttempt attempt = enrolments.quiz(actor(learner), id, module).open();
		assertThat(attempt.getId()).isEqualTo(fresh);
		assertThat(attempt.getNumber()).isEqualTo(1);
		assertThat(attempt.order()).hasSize(3);
	}

	@Test
	void membersOnlyCoursesRefuseOthersUntilOpenedToEveryone() throws Exception {
		long id = course(true);
		Person outsider = people.member();
		mvc.perform(post("/courses/" + id + "/enrol").with(csrf()).with(as(outsider)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("open to members of the network only")));
		assertThat(enrolments.enrolment(actor(outsider), id)).isEmpty();
		mvc.perform(get("/courses/" + id).with(as(outsider)))
			.andExpect(content().string(not(containsString("Enrol in this course"))));
		mvc.perform(post("/courses/" + id + "/enrol").with(csrf()).with(as(learner)))
			.andExpect(status().is3xxRedirection());

		mvc.perform(multipart("/teach/courses/" + id + "/settings").with(csrf()).with(as(trainer))
			.param("audience", "REGISTERED").param("trainers", String.valueOf(trainer.id())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/courses/" + id + "/enrol").with(csrf()).with(as(outsider)))
			.andExpect(status().is3xxRedirection());
		assertThat(enrolments.enrolment(actor(outsider), id)).isPresent();
	}

	@Test
	void settingsSaveTargetsThemesTrainersAndACheckedCoverWithAltText() throws Exception {
		long id = course(true);
		Person second = people.person(null, Role.TRAINER);
		MockMultipartFile png = new MockMultipartFile("cover", "cover.png", "image/png", png());
		MockMultipartFile fake = new MockMultipartFile("cover", "cover.png", "image/png", "not an image".getBytes());

		mvc.perform(multipart("/teach/courses/" + id + "/settings").file(png).with(csrf()).with(as(trainer))
			.param("audience", "MEMBERS").param("trainers", String.valueOf(trainer.id())).param("coverAlt", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Describe the cover image")));
		mvc.perform(multipart("/teach/courses/" + id + "/settings").file(fake).with(csrf()).with(as(trainer))
			.param("audience", "MEMBERS").param("trainers", String.valueOf(trainer.id())).param("coverAlt", "A map"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"A map\"")));
		mvc.perform(multipart("/teach/courses/" + id + "/settings").with(csrf()).with(as(trainer))
			.param("audience", "MEMBERS").param("trainers", String.valueOf(learner.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only people with the trainer role")));
		assertThat(courses.authored(actor(trainer), id).hasCover()).isFalse();

		mvc.perform(multipart("/teach/courses/" + id + "/settings").file(png).with(csrf()).with(as(trainer))
			.param("audience", "MEMBERS").param("trainers", String.valueOf(trainer.id()), String.valueOf(second.id()))
			.param("targets", "11.2", "6.4").param("themes", "mobility").param("coverAlt", "Buses on a median lane"))
			.andExpect(status().is3xxRedirection());
		Course course = courses.authored(actor(second), id);
		assertThat(course.getTargets()).containsExactlyInAnyOrder("11.2", "6.4");
		assertThat(course.goals()).containsExactly(6, 11);
		assertThat(course.getThemes()).containsExactly("mobility");
		assertThat(course.getTrainers()).containsExactlyInAnyOrder(trainer.id(), second.id());
		mvc.perform(get("/courses/" + id + "/cover"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/courses")).andExpect(content().string(containsString("alt=\"Buses on a median lane\"")));
		mvc.perform(get("/courses/" + id)).andExpect(content().string(containsString("alt=\"Buses on a median lane\"")));
	}

	@Test
	void theOfflinePdfHoldsTheLessonsAndTheirMaterialLinks() throws Exception {
		long id = course(true);
		byte[] pdf = mvc.perform(get("/courses/" + id + "/offline.pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Lesson A").contains("Text A with a").contains("Lesson B")
				.contains("https://example.org/guide-a.pdf").contains("/courses/" + id);
		}
	}

	private static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}
}
