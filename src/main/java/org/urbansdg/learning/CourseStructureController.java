package org.urbansdg.learning;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.Actor;
import org.urbansdg.learning.StructureForms.LessonForm;
import org.urbansdg.learning.StructureForms.ModuleForm;
import org.urbansdg.learning.StructureForms.QuestionForm;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;

/**
 * Writing a course's structure: adding, changing, moving and deleting modules, lessons and questions. Only the
 * course's trainers and the secretariat; others get 404 so that ids reveal nothing. Forms with mistakes come back
 * with every field as typed and the errors linked from a summary.
 */
@Controller
class CourseStructureController {

	static final String MODULE_FORM = "learning/module-form";

	static final String LESSON_FORM = "learning/lesson-form";

	static final String QUESTION_FORM = "learning/question-form";

	private final Courses courses;

	CourseStructureController(Courses courses) {
		this.courses = courses;
	}

	// Modules

	@PostMapping("/teach/courses/{id}/modules")
	String addModule(@PathVariable long id, Actor actor, @Valid @ModelAttribute("form") ModuleForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Course course = courses.authored(actor, id);
		if (errors.hasErrors()) {
			return moduleForm(course, null, model);
		}
		courses.addModule(actor, id, form.title(), form.passPercent(), form.maxAttempts());
		return saved(id, redirect);
	}

	@GetMapping("/teach/courses/{id}/modules/{moduleId}")
	String editModule(@PathVariable long id, @PathVariable long moduleId, Actor actor, Model model) {
		Course course = courses.authored(actor, id);
		CourseModule module = course.module(moduleId).orElseThrow(NotFoundException::new);
		model.addAttribute("form", ModuleForm.of(module));
		return moduleForm(course, module, model);
	}

	@PostMapping("/teach/courses/{id}/modules/{moduleId}")
	String reviseModule(@PathVariable long id, @PathVariable long moduleId, Actor actor,
			@Valid @ModelAttribute("form") ModuleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Course course = courses.authored(actor, id);
		CourseModule module = course.module(moduleId).orElseThrow(NotFoundException::new);
		if (errors.hasErrors()) {
			return moduleForm(course, module, model);
		}
		courses.reviseModule(actor, id, moduleId, form.title(), form.passPercent(), form.maxAttempts());
		return saved(id, redirect);
	}

	@PostMapping("/teach/courses/{id}/modules/{moduleId}/move")
	String moveModule(@PathVariable long id, @PathVariable long moduleId, Actor actor,
			@RequestParam String direction, RedirectAttributes redirect) {
		courses.moveModule(actor, id, moduleId, delta(direction));
		return saved(id, redirect);
	}

	@PostMapping("/teach/courses/{id}/modules/{moduleId}/delete")
	String deleteModule(@PathVariable long id, @PathVariable long moduleId, Actor actor,
			RedirectAttributes redirect) {
		return refusable(id, redirect, () -> courses.deleteModule(actor, id, moduleId));
	}

	// Lessons

	@GetMapping("/teach/courses/{id}/modules/{moduleId}/lessons/new")
	String newLesson(@PathVariable long id, @PathVariable long moduleId, Actor actor, Model model) {
		Course course = courses.authored(actor, id);
		CourseModule module = course.module(moduleId).orElseThrow(NotFoundException::new);
		model.addAttribute("form", LessonForm.empty());
		return lessonForm(course, module, null, model);
	}

	@PostMapping("/teach/courses/{id}/modules/{moduleId}/lessons")
	String addLesson(@PathVariable long id, @PathVariable long moduleId, Actor actor,
			@Valid @ModelAttribute("form") LessonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Course course = courses.authored(actor, id);
		CourseModule module = course.module(moduleId).orElseThrow(NotFoundException::new);
		Checked lesson = check(form, errors);
		if (errors.hasErrors()) {
			return lessonForm(course, module, null, model);
		}
		courses.addLesson(actor, id, moduleId, form.title(), form.body(), lesson.videoUrl(), lesson.materials(),
				lesson.caseIds());
		return saved(id, redirect);
	}

	@GetMapping("/teach/courses/{id}/lessons/{lessonId}")
	String editLesson(@PathVariable long id, @PathVariable long lessonId, Actor actor, Model model) {
		Lesson lesson = courses.lesson(actor, id, lessonId);
		model.addAttribute("form", LessonForm.of(lesson));
		return lessonForm(lesson.getModule().getCourse(), lesson.getModule(), lesson, model);
	}

	@PostMapping("/teach/courses/{id}/lessons/{lessonId}")
	String reviseLesson(@PathVariable long id, @PathVariable long lessonId, Actor actor,
			@Valid @ModelAttribute("form") LessonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Lesson existing = courses.lesson(actor, id, lessonId);
		Checked lesson = check(form, errors);
		if (errors.hasErrors()) {
			return lessonForm(existing.getModule().getCourse(), existing.getModule(), existing, model);
		}
		courses.reviseLesson(actor, id, lessonId, form.title(), form.body(), lesson.videoUrl(), lesson.materials(),
				lesson.caseIds());
		return saved(id, redirect);
	}

	@PostMapping("/teach/courses/{id}/lessons/{lessonId}/move")
	String moveLesson(@PathVariable long id, @PathVariable long lessonId, Actor actor, @RequestParam String direction,
			RedirectAttributes redirect) {
		courses.moveLesson(actor, id, lessonId, delta(direction));
		return saved(id, redirect);
	}

	@PostMapping("/teach/courses/{id}/lessons/{lessonId}/delete")
	String deleteLesson(@PathVariable long id, @PathVariable long lessonId, Actor actor,
			RedirectAttributes redirect) {
		return refusable(id, redirect, () -> courses.deleteLesson(actor, id, lessonId));
	}

	// Questions

	@GetMapping("/teach/courses/{id}/modules/{moduleId}/questions/new")
	String newQuestion(@PathVariable long id, @PathVariable long moduleId, Actor actor, Model model) {
		Course course = courses.authored(actor, id);
		CourseModule module = course.module(moduleId).orElseThrow(NotFoundException::new);
		model.addAttribute("form", QuestionForm.empty());
		return questionForm(course, module, null, model);
	}

	@PostMapping("/teach/courses/{id}/modules/{moduleId}/questions")
	String addQuestion(@PathVariable long id, @PathVariable long moduleId, Actor actor,
			@Valid @ModelAttribute("form") QuestionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Course course = courses.authored(actor, id);
		CourseModule module = course.module(moduleId).orElseThrow(NotFoundException::new);
		checkOptions(form, errors);
		if (!errors.hasErrors()) {
			try {
				courses.addQuestion(actor, id, moduleId, form.text(), form.options(), form.feedback());
				return saved(id, redirect);
			}
			catch (DomainException ex) {
				errors.rejectValue("options", ex.messageKey(), ex.arguments(), null);
			}
		}
		return questionForm(course, module, null, model);
	}

	@GetMapping("/teach/courses/{id}/questions/{questionId}")
	String editQuestion(@PathVariable long id, @PathVariable long questionId, Actor actor, Model model) {
		QuizQuestion question = courses.question(actor, id, questionId);
		model.addAttribute("form", QuestionForm.of(question));
		return questionForm(question.getModule().getCourse(), question.getModule(), question, model);
	}

	@PostMapping("/teach/courses/{id}/questions/{questionId}")
	String reviseQuestion(@PathVariable long id, @PathVariable long questionId, Actor actor,
			@Valid @ModelAttribute("form") QuestionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		QuizQuestion question = courses.question(actor, id, questionId);
		checkOptions(form, errors);
		if (!errors.hasErrors()) {
			try {
				courses.reviseQuestion(actor, id, questionId, form.text(), form.options(), form.feedback());
				return saved(id, redirect);
			}
			catch (DomainException ex) {
				// Refused options (learners already answered) come back on the form, with what was typed.
				errors.rejectValue("options", ex.messageKey(), ex.arguments(), null);
				question = courses.question(actor, id, questionId);
			}
		}
		return questionForm(question.getModule().getCourse(), question.getModule(), question, model);
	}

	@PostMapping("/teach/courses/{id}/questions/{questionId}/move")
	String moveQuestion(@PathVariable long id, @PathVariable long questionId, Actor actor,
			@RequestParam String direction, RedirectAttributes redirect) {
		courses.moveQuestion(actor, id, questionId, delta(direction));
		return saved(id, redirect);
	}

	@PostMapping("/teach/courses/{id}/questions/{questionId}/delete")
	String deleteQuestion(@PathVariable long id, @PathVariable long questionId, Actor actor,
			RedirectAttributes redirect) {
		return refusable(id, redirect, () -> courses.deleteQuestion(actor, id, questionId));
	}

	// Helpers

	/** The lesson's links and case numbers, read; a mistake becomes an error on its field. */
	record Checked(String videoUrl, List<Lesson.Material> materials, List<Long> caseIds) {
	}

	private static Checked check(LessonForm form, BindingResult errors) {
		String video = null;
		List<Lesson.Material> materials = List.of();
		List<Long> caseIds = List.of();
		try {
			video = TeachController.link(form.videoUrl());
		}
		catch (DomainException ex) {
			errors.rejectValue("videoUrl", ex.messageKey());
		}
		try {
			materials = TeachController.materials(form.materials());
		}
		catch (DomainException ex) {
			errors.rejectValue("materials", ex.messageKey(), ex.arguments(), null);
		}
		try {
			caseIds = TeachController.caseIds(form.caseIds());
		}
		catch (DomainException ex) {
			errors.rejectValue("caseIds", ex.messageKey());
		}
		return new Checked(video, materials, caseIds);
	}

	private static void checkOptions(QuestionForm form, BindingResult errors) {
		if (errors.hasFieldErrors("options")) {
			return;
		}
		try {
			Courses.options(form.options());
		}
		catch (DomainException ex) {
			errors.rejectValue("options", ex.messageKey(), ex.arguments(), null);
		}
	}

	private static int delta(String direction) {
		return switch (direction) {
			case "up" -> -1;
			case "down" -> 1;
			default -> throw new DomainException("learning.form.badDirection");
		};
	}

	/** Runs a deletion; a refusal is shown on the course's page, where nothing changed. */
	private static String refusable(long id, RedirectAttributes redirect, Runnable deletion) {
		try {
			deletion.run();
			redirect.addFlashAttribute("flash", "learning.deleted");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("refusal", ex.messageKey());
		}
		return "redirect:/teach/courses/" + id;
	}

	private static String saved(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "learning.course.saved");
		return "redirect:/teach/courses/" + id;
	}

	private static String moduleForm(Course course, CourseModule module, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("module", module);
		return MODULE_FORM;
	}

	private static String lessonForm(Course course, CourseModule module, Lesson lesson, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("module", module);
		model.addAttribute("lesson", lesson);
		return LESSON_FORM;
	}

	private static String questionForm(Course course, CourseModule module, QuizQuestion question, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("module", module);
		model.addAttribute("question", question);
		return QUESTION_FORM;
	}
}
