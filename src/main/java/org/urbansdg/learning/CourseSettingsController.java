package org.urbansdg.learning;

import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.Actor;
import org.urbansdg.learning.StructureForms.SettingsForm;
import org.urbansdg.sdg.SdgCatalogue;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.UploadCheck;

/** A course's settings: SDG targets and themes, trainers, who may enrol, and the cover image; and the cover itself. */
@Controller
class CourseSettingsController {

	static final String SETTINGS = "learning/settings";

	private final Courses courses;

	private final SdgCatalogue catalogue;

	private final UploadCheck uploads;

	CourseSettingsController(Courses courses, SdgCatalogue catalogue, UploadCheck uploads) {
		this.courses = courses;
		this.catalogue = catalogue;
		this.uploads = uploads;
	}

	@GetMapping("/teach/courses/{id}/settings")
	String settings(@PathVariable long id, Actor actor, Model model) {
		Course course = courses.authored(actor, id);
		model.addAttribute("form", SettingsForm.of(course));
		return page(course, model);
	}

	@PostMapping("/teach/courses/{id}/settings")
	String save(@PathVariable long id, Actor actor, @Valid @ModelAttribute("form") SettingsForm form,
			BindingResult errors, @RequestParam(name = "cover", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		Course course = courses.authored(actor, id);
		UploadCheck.CheckedFile cover = null;
		if (file != null && !file.isEmpty()) {
			try {
				cover = uploads.check(file, UploadCheck.IMAGES);
			}
			catch (DomainException ex) {
				errors.rejectValue("coverAlt", ex.messageKey(), ex.arguments(), null);
			}
		}
		boolean hasCover = (file != null && !file.isEmpty()) || course.hasCover();
		if (hasCover && (form.coverAlt() == null || form.coverAlt().isBlank()) && !errors.hasFieldErrors("coverAlt")) {
			errors.rejectValue("coverAlt", "learning.settings.coverAltMissing");
		}
		if (form.trainers().isEmpty()) {
			errors.rejectValue("trainers", "learning.settings.noTrainer");
		}
		if (!errors.hasErrors()) {
			try {
				courses.settings(actor, id, new Courses.Settings(form.targets(), form.themes(), form.trainers(),
						form.audience(), form.coverAlt(), cover));
				redirect.addFlashAttribute("flash", "learning.course.saved");
				return "redirect:/teach/courses/" + id;
			}
			catch (DomainException ex) {
				errors.reject(ex.messageKey(), ex.arguments(), null);
			}
		}
		return page(course, model);
	}

	@GetMapping("/courses/{id}/cover")
	ResponseEntity<byte[]> cover(@PathVariable long id, Actor actor) {
		Course course = courses.get(actor, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(course.hasCover() ? course.getCoverContentType()
					: MediaType.APPLICATION_OCTET_STREAM_VALUE))
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache())
			.body(courses.cover(actor, id));
	}

	private String page(Course course, Model model) {
		model.addAttribute("course", course);
		model.addAttribute("goals", catalogue.goals());
		model.addAttribute("themes", catalogue.themes());
		model.addAttribute("trainers", courses.trainerCandidates());
		model.addAttribute("audiences", Course.Audience.values());
		model.addAttribute("maxSize", uploads.maxSize().toMegabytes());
		return SETTINGS;
	}
}
