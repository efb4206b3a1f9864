package org.urbansdg.learning;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.Actor;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.shared.Mailer;
import org.urbansdg.shared.RateLimit;
import org.urbansdg.shared.RateLimits;
import org.urbansdg.shared.RichText;

/** What learners see: the catalogue, a course, its lessons and quizzes, the dashboard and the offline package. */
@Controller
class LearningController {

	static final String CATALOGUE = "learning/catalogue";

	static final String COURSE = "learning/course";

	static final String LESSON = "learning/lesson";

	static final String QUIZ = "learning/quiz";

	static final String DASHBOARD = "learning/dashboard";

	static final String OFFLINE = "learning/offline";

	private final Courses courses;

	private final Enrolments enrolments;

	private final CaseStudies caseStudies;

	private final RichText richText;

	private final OfflineStyle offlineStyle;

	private final Mailer mailer;

	private final org.urbansdg.sdg.SdgCatalogue catalogue;

	private final OfflinePdf offlinePdf;

	private final RateLimits limits;

	LearningController(Courses courses, Enrolments enrolments, CaseStudies caseStudies, RichText richText,
			OfflineStyle offlineStyle, Mailer mailer, org.urbansdg.sdg.SdgCatalogue catalogue, OfflinePdf offlinePdf,
			RateLimits limits) {
		this.offlinePdf = offlinePdf;
		this.limits = limits;
		this.catalogue = catalogue;
		this.mailer = mailer;
		this.courses = courses;
		this.enrolments = enrolments;
		this.caseStudies = caseStudies;
		this.richText = richText;
		this.offlineStyle = offlineStyle;
	}

	@GetMapping("/courses")
	String catalogue(Model model) {
		model.addAttribute("courses", courses.published());
		return CATALOGUE;
	}

	@GetMapping("/courses/{id}")
	String course(@PathVariable long id, Actor actor, Model model, java.util.Locale locale) {
		Course course = courses.get(actor, id);
		model.addAttribute("languageName",
				java.util.Locale.forLanguageTag(course.getLanguage()).getDisplayLanguage(locale));
		model.addAttribute("course", course);
		model.addAttribute("summaryHtml", richText.html(course.getSummary()));
		model.addAttribute("progress", enrolments.progress(actor, course));
		model.addAttribute("canAuthor", CoursePermissions.canAuthor(actor, course));
		Map<String, String> themeNames = new HashMap<>();
		course.getThemes().forEach(t -> themeNames.put(t,
				catalogue.theme(t).map(theme -> theme.name(locale)).orElse(t)));
		model.addAttribute("themeNames", themeNames);
		// Visitors are asked to sign in (a link: a form would need a CSRF token, hence a session); signed-in people
		// see the button only if the course admits them.
		model.addAttribute("mayEnrol", actor == null || enrolments.admits(course, actor));
		return COURSE;
	}

	@PostMapping("/courses/{id}/enrol")
	String enrol(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		enrolments.enrol(actor, id);
		redirect.addFlashAttribute("flash", "learning.enrolled");
		return "redirect:/courses/" + id;
	}

	@GetMapping("/courses/{id}/lessons/{lessonId}")
	String lesson(@PathVariable long id, @PathVariable long lessonId, Actor actor, Model model) {
		enrolments.view(actor, id, lessonId);
		Course course = courses.get(actor, id);
		Lesson lesson = course.lesson(lessonId).orElseThrow();
		List<Lesson> all = course.lessons();
		int index = all.indexOf(lesson);
		model.addAttribute("course", course);
		model.addAttribute("lesson", lesson);
		model.addAttribute("bodyHtml", richText.html(lesson.getBody()));
		model.addAttribute("cases", caseStudies.publishedCards(lesson.getCaseStudyIds()));
		model.addAttribute("previous", index > 0 ? all.get(index - 1) : null);
		model.addAttribute("next", index < all.size() - 1 ? all.get(index + 1) : null);
		boolean lastOfModule = lesson.getModule().getLessons().get(lesson.getModule().getLessons().size() - 1)
			.equals(lesson);
		model.addAttribute("quizModule", lastOfModule && lesson.getModule().hasQuiz() ? lesson.getModule() : null);
		model.addAttribute("progress", enrolments.progress(actor, course));
		return LESSON;
	}

	@GetMapping("/courses/{id}/modules/{moduleId}/quiz")
	String quiz(@PathVariable long id, @PathVariable long moduleId, Actor actor, Model model) {
		Enrolments.QuizState state = enrolments.quiz(actor, id, moduleId);
		model.addAttribute("state", state);
		if (state.open() != null) {
			Map<Long, QuizQuestion> questions = state.module().getQuestions().stream()
				.collect(Collectors.toMap(QuizQuestion::getId, q -> q));
			Map<Long, QuizOption> options = new HashMap<>();
			state.module().getQuestions().forEach(q -> q.getOptions().forEach(o -> options.put(o.getId(), o)));
			List<ShownQuestion> shown = state.open().order().entrySet().stream()
				.filter(e -> questions.containsKey(e.getKey()))
				.map(e -> new ShownQuestion(questions.get(e.getKey()),
						e.getValue().stream().filter(options::containsKey).map(options::get).toList()))
				.toList();
			model.addAttribute("shown", shown);
		}
		QuizAttempt last = state.last();
		if (last != null) {
			model.addAttribute("lastResults", last.results(state.module()));
		}
		model.addAttribute("progress", enrolments.progress(actor, state.course()));
		return QUIZ;
	}

	/** A question as shown in one attempt, with its options in that attempt's order. */
	public record ShownQuestion(QuizQuestion question, List<QuizOption> options) {
	}

	@PostMapping("/courses/{id}/modules/{moduleId}/quiz")
	String startQuiz(@PathVariable long id, @PathVariable long moduleId, Actor actor) {
		enrolments.start(actor, id, moduleId);
		return "redirect:/courses/" + id + "/modules/" + moduleId + "/quiz";
	}

	@PostMapping("/courses/{id}/modules/{moduleId}/quiz/{attemptId}")
	String answer(@PathVariable long id, @PathVariable long moduleId, @PathVariable long attemptId, Actor actor,
			@RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
		Set<Long> chosen = params.entrySet().stream()
			.filter(e -> e.getKey().matches("q\\d{1,18}"))
			.flatMap(e -> e.getValue().stream())
			.filter(v -> v.matches("\\d{1,18}"))
			.map(Long::valueOf)
			.collect(Collectors.toSet());
		QuizAttempt attempt = enrolments.answer(actor, id, moduleId, attemptId, chosen);
		redirect.addFlashAttribute("flash", attempt.isPassed() ? "learning.quiz.passedNow" : "learning.quiz.failedNow");
		return "redirect:/courses/" + id + "/modules/" + moduleId + "/quiz";
	}

	@GetMapping("/learning")
	String dashboard(Actor actor, Model model) {
		model.addAttribute("progress", enrolments.dashboard(actor));
		return DASHBOARD;
	}

	/** The course's text as a PDF, with the addresses of its materials, for printing or reading offline. */
	@GetMapping("/courses/{id}/offline.pdf")
	org.springframework.http.ResponseEntity<byte[]> offlinePdf(@PathVariable long id, Actor actor,
			java.util.Locale locale) {
		limits.check(RateLimit.OFFLINE_COURSE);
		Course course = courses.get(actor, id);
		Map<Long, List<CaseStudies.Card>> cases = new HashMap<>();
		for (Lesson lesson : course.lessons()) {
			cases.put(lesson.getId(), caseStudies.publishedCards(lesson.getCaseStudyIds()));
		}
		byte[] pdf = offlinePdf.render(course, cases, mailer.link(""), locale);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("course-" + id + ".pdf", StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

	/** The whole course as one HTML file with its own styles and no scripts, for reading offline. */
	@GetMapping("/courses/{id}/offline")
	String offline(@PathVariable long id, Actor actor, Model model, HttpServletResponse response) {
		limits.check(RateLimit.OFFLINE_COURSE);
		Course course = courses.get(actor, id);
		Map<Long, String> bodies = new HashMap<>();
		Map<Long, List<CaseStudies.Card>> cases = new HashMap<>();
		for (Lesson lesson : course.lessons()) {
			bodies.put(lesson.getId(), richText.html(lesson.getBody()));
			cases.put(lesson.getId(), caseStudies.publishedCards(lesson.getCaseStudyIds()));
		}
		model.addAttribute("course", course);
		model.addAttribute("summaryHtml", richText.html(course.getSummary()));
		model.addAttribute("bodies", bodies);
		model.addAttribute("cases", cases);
		model.addAttribute("css", offlineStyle.css());
		model.addAttribute("site", mailer.link(""));
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("course-" + id + ".html", StandardCharsets.UTF_8).build().toString());
		return OFFLINE;
	}
}
