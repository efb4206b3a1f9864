package org.urbansdg.learning;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.Actor;
import org.urbansdg.member.Members;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.RateLimit;
import org.urbansdg.shared.RateLimits;
import org.urbansdg.training.Trainings;

/**
 * Where trainers and the secretariat write courses, publish them, and follow their learners' results. The dashboard
 * also lists the training sessions they run, read from the training module ({@link Trainings#managedBy}).
 */
@Controller
class TeachController {

	static final String TEACH = "learning/teach";

	static final String EDIT = "learning/edit";

	private final Courses courses;

	private final Enrolments enrolments;

	private final Members members;

	private final Trainings trainings;

	private final RateLimits limits;

	TeachController(Courses courses, Enrolments enrolments, Members members, Trainings trainings, RateLimits limits) {
		this.trainings = trainings;
		this.limits = limits;
		this.courses = courses;
		this.enrolments = enrolments;
		this.members = members;
	}

	@GetMapping("/teach")
	String teach(Actor actor, Model model, Locale locale) {
		model.addAttribute("courses", courses.teachable(actor));
		model.addAttribute("form", CourseForm.empty(locale.toLanguageTag()));
		model.addAttribute("sessions", trainings.managedBy(actor));
		return page(model);
	}

	@PostMapping("/teach/courses")
	String create(Actor actor, @Valid @ModelAttribute("form") CourseForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("courses", courses.teachable(actor));
			model.addAttribute("sessions", trainings.managedBy(actor));
			return page(model);
		}
		long id = courses.create(actor, form.details(), form.providerId());
		redirect.addFlashAttribute("flash", "learning.course.saved");
		return "redirect:/teach/courses/" + id;
	}

	@GetMapping("/teach/courses/{id}")
	String edit(@PathVariable long id, Actor actor, Model model) {
		Course course = courses.authored(actor, id);
		model.addAttribute("form", CourseForm.of(course));
		return editPage(actor, course, model);
	}

	@PostMapping("/teach/courses/{id}")
	String update(@PathVariable long id, Actor actor, @Valid @ModelAttribute("form") CourseForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Course course = courses.authored(actor, id);
		if (errors.hasErrors()) {
			return editPage(actor, course, model);
		}
		courses.describe(actor, id, form.details(), form.providerId());
		redirect.addFlashAttribute("flash", "learning.course.saved");
		return "redirect:/teach/courses/" + id;
	}

	@PostMapping("/teach/courses/{id}/publish")
	String publish(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		courses.publish(actor, id);
		redirect.addFlashAttribute("flash", "learning.course.published");
		return "redirect:/courses/" + id;
	}

	@GetMapping("/teach/courses/{id}/enrolments.csv")
	ResponseEntity<String> csv(@PathVariable long id, Actor actor) {
		limits.check(RateLimit.CSV_EXPORT);
		Course course = courses.authored(actor, id);
		List<Enrolments.Result> results = enrolments.results(actor, id);
		StringBuilder out = new StringBuilder();
		List<String> header = new ArrayList<>(List.of("name", "email", "enrolled_at", "lessons_viewed_percent"));
		course.modulesWithQuiz().forEach(m -> header.add("quiz_" + m.getPosition() + "_best_score"));
		header.addAll(List.of("completed_at", "certificate_code"));
		out.append(String.join(",", header)).append("\r\n");
		for (Enrolments.Result r : results) {
			List<String> row = new ArrayList<>(List.of(r.name(), r.email(), String.valueOf(r.enrolment().getEnrolledAt()),
					String.valueOf(r.percent())));
			for (CourseModule m : course.modulesWithQuiz()) {
				Integer best = r.bestScores().get(m.getId());
				row.add(best == null ? "" : best.toString());
			}
			row.add(r.enrolment().getCompletedAt() == null ? "" : r.enrolment().getCompletedAt().toString());
			row.add(r.enrolment().getCertificateCode() == null ? "" : r.enrolment().getCertificateCode());
			out.append(String.join(",", row.stream().map(TeachController::cell).toList())).append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("course-" + id + "-enrolments.csv").build().toString())
			.body(out.toString());
	}

	/** Quotes a CSV cell, and defuses text a spreadsheet would run as a formula. */
	static String cell(String value) {
		String v = value == null ? "" : value;
		if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		return "\"" + v.replace("\"", "\"\"") + "\"";
	}

	private String editPage(Actor actor, Course course, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("results", enrolments.results(actor, course.getId()));
		model.addAttribute("moduleForm", StructureForms.ModuleForm.empty());
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("levels", Course.Level.values());
		model.addAttribute("organisations", members.organisations());
		return model.containsAttribute("course") ? EDIT : TEACH;
	}

	static String link(String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		if (!url.strip().matches("https?://\\S{1,490}")) {
			throw new DomainException("learning.form.badLink");
		}
		return url.strip();
	}

	/** One material a line, "label | https://..." (a bare link is its own label). */
	static List<Lesson.Material> materials(String lines) {
		if (lines == null) {
			return List.of();
		}
		return lines.lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> {
			int bar = l.lastIndexOf('|');
			String label = bar < 0 ? l : l.substring(0, bar).strip();
			String url = link(bar < 0 ? l : l.substring(bar + 1));
			if (label.length() > Lesson.MAX_MATERIAL_LABEL) {
				throw new DomainException("learning.form.materialLabelTooLong", Lesson.MAX_MATERIAL_LABEL);
			}
			return new Lesson.Material(label.isEmpty() ? url : label, url);
		}).toList();
	}

	static List<Long> caseIds(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<Long> ids = new ArrayList<>();
		for (String part : text.split("[,\\s]+")) {
			if (!part.matches("\\d{1,18}")) {
				throw new DomainException("learning.form.badCaseIds");
			}
			ids.add(Long.valueOf(part));
		}
		return ids;
	}

}
