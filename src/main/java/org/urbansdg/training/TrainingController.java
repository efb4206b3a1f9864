package org.urbansdg.training;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.member.Members;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;
import org.urbansdg.shared.RichText;
import org.urbansdg.shared.UploadCheck;

/** Training sessions: the call for applications, the applicant's own steps, and decisions and attendance. */
@Controller
class TrainingController {

	static final String LIST = "training/list";

	static final String SESSION = "training/session";

	static final String MANAGE = "training/manage";

	static final String FORM = "training/form";

	private final Trainings trainings;

	private final Accounts accounts;

	private final RichText richText;

	private final Members members;

	private final UploadCheck uploads;

	private final MessageSource messages;

	TrainingController(Trainings trainings, Accounts accounts, RichText richText,
			Members members, UploadCheck uploads,
			MessageSource messages) {
		this.uploads = uploads;
		this.messages = messages;
		this.members = members;
		this.trainings = trainings;
		this.accounts = accounts;
		this.richText = richText;
	}

	@GetMapping("/trainings")
	String list(Model model) {
		model.addAttribute("sessions", trainings.all());
		return LIST;
	}

	@GetMapping("/trainings/{id}")
	String session(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("applyForm", new ApplyForm("", null, null));
		return sessionPage(trainings.get(id), actor, model);
	}

	private String sessionPage(TrainingSession session, Actor actor, Model model) {
		long id = session.getId();
		model.addAttribute("training", session);
		model.addAttribute("documentLabels", documentLabels(session));
		model.addAttribute("maxSize", uploads.maxSize().toMegabytes());
		model.addAttribute("descriptionHtml", richText.html(session.getDescription()));
		model.addAttribute("open", trainings.isOpen(session));
		model.addAttribute("mine", trainings.applicationOf(actor, id).orElse(null));
		model.addAttribute("canManage", TrainingPermissions.canManage(actor, session));
		return SESSION;
	}

	/** What an applicant types; kept when the page comes back with errors. */
	record ApplyForm(@NotBlank @Size(max = 4000) String motivation, List<String> answer, List<MultipartFile> document) {

		ApplyForm {
			answer = answer == null ? new ArrayList<>() : answer;
		}
	}

	@PostMapping("/trainings/{id}/apply")
	String apply(@PathVariable long id, Actor actor, @Valid @ModelAttribute("applyForm") ApplyForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (actor == null) {
			throw new NotFoundException();
		}
		TrainingSession session = trainings.get(id);
		List<String> labels = documentLabels(session);
		List<MultipartFile> files = form.document();
		List<Trainings.Document> documents = new ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			MultipartFile file = files != null && i < files.size() ? files.get(i) : null;
			boolean required = !session.requiredDocumentList().isEmpty();
			if (file == null || file.isEmpty()) {
				if (required) {
					errors.rejectValue("document", "training.documentMissing", new Object[] { labels.get(i) }, null);
				}
				continue;
			}
			try {
				documents.add(new Trainings.Document(labels.get(i), uploads.check(file, UploadCheck.DOCUMENTS_AND_IMAGES)));
			}
			catch (DomainException ex) {
				errors.rejectValue("document", "training.documentRefused",
						new Object[] { labels.get(i), messages.getMessage(ex.messageKey(), ex.arguments(),
								LocaleContextHolder.getLocale()) }, null);
			}
		}
		if (!Trainings.answersFit(form.answer())) {
			errors.rejectValue("answer", "training.answerTooLong", new Object[] { Trainings.MAX_ANSWER }, null);
		}
		if (errors.hasErrors()) {
			return sessionPage(session, actor, model);
		}
		// Rules (closed, applied twice) are refused by the service with their message, and change nothing.
		trainings.apply(actor, id, form.motivation(), form.answer(), documents);
		redirect.addFlashAttribute("flash", "training.applied");
		return "redirect:/trainings/" + id;
	}

	/** One upload per required document; a session that requires none takes one optional document. */
	static List<String> documentLabels(TrainingSession session) {
		return session.requiredDocumentList().isEmpty() ? List.of("") : session.requiredDocumentList();
	}

	@PostMapping("/trainings/{id}/confirm")
	String confirm(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		trainings.confirm(actor, id);
		redirect.addFlashAttribute("flash", "training.saved");
		return "redirect:/trainings/" + id;
	}

	@PostMapping("/trainings/{id}/withdraw")
	String withdraw(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		trainings.withdraw(actor, id);
		redirect.addFlashAttribute("flash", "training.saved");
		return "redirect:/trainings/" + id;
	}

	@GetMapping("/teach/trainings/{id}")
	String manage(@PathVariable long id, Actor actor, Model model) {
		List<TrainingApplication> applications = trainings.applications(actor, id);
		Map<Long, String> names = accounts.displayNames(applications.stream().map(TrainingApplication::getUserId).toList());
		model.addAttribute("training", trainings.get(id));
		model.addAttribute("applications", applications);
		model.addAttribute("names", names);
		Map<Long, List<TrainingDocument>> documents = new HashMap<>();
		applications.forEach(a -> documents.put(a.getId(), trainings.documents(actor, id, a.getId())));
		model.addAttribute("documents", documents);
		model.addAttribute("decisions", List.of(TrainingApplication.Status.SHORTLISTED,
				TrainingApplication.Status.ACCEPTED, TrainingApplication.Status.WAITLISTED,
				TrainingApplication.Status.DECLINED));
		return MANAGE;
	}

	@PostMapping("/teach/trainings/{id}/applications/{applicationId}/decision")
	String decide(@PathVariable long id, @PathVariable long applicationId, Actor actor,
			@RequestParam TrainingApplication.Status status, RedirectAttributes redirect) {
		trainings.decide(actor, applicationId, status);
		redirect.addFlashAttribute("flash", "training.saved");
		return "redirect:/teach/trainings/" + id;
	}

	@PostMapping("/teach/trainings/{id}/applications/{applicationId}/attendance")
	String attendance(@PathVariable long id, @PathVariable long applicationId, Actor actor,
			@RequestParam(name = "day", required = false) List<String> days,
			RedirectAttributes redirect) {
		TrainingSession session = trainings.get(id);
		for (LocalDate day : session.days()) {
			trainings.attendance(actor, applicationId, day, days != null && days.contains(day.toString()));
		}
		redirect.addFlashAttribute("flash", "training.saved");
		return "redirect:/teach/trainings/" + id;
	}

	@GetMapping("/teach/trainings/new")
	String newSession(Actor actor, Model model, Locale locale) {
		TrainingPermissions.requireCreator(actor);
		model.addAttribute("form", TrainingForm.empty(locale.toLanguageTag()));
		return form(null, model);
	}

	@PostMapping("/teach/trainings")
	String create(Actor actor, @Valid @ModelAttribute("form") TrainingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		TrainingPermissions.requireCreator(actor);
		form.check(errors);
		if (errors.hasErrors()) {
			return form(null, model);
		}
		long id = trainings.create(actor, form.details());
		redirect.addFlashAttribute("flash", "training.saved");
		return "redirect:/trainings/" + id;
	}

	@GetMapping("/teach/trainings/{id}/edit")
	String edit(@PathVariable long id, Actor actor, Model model) {
		TrainingSession session = trainings.managedSession(actor, id);
		model.addAttribute("form", TrainingForm.of(session));
		return form(session, model);
	}

	@PostMapping("/teach/trainings/{id}/edit")
	String revise(@PathVariable long id, Actor actor, @Valid @ModelAttribute("form") TrainingForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		TrainingSession session = trainings.managedSession(actor, id);
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				trainings.revise(actor, id, form.details());
				redirect.addFlashAttribute("flash", "training.saved");
				return "redirect:/trainings/" + id;
			}
			catch (DomainException ex) {
				errors.rejectValue("seats", ex.messageKey(), ex.arguments(), null);
			}
		}
		return form(session, model);
	}

	@GetMapping("/teach/trainings/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId, Actor actor) {
		TrainingDocument document = trainings.document(actor, id, documentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.getContentType()))
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(document.getFileName(), StandardCharsets.UTF_8).build().toString())
			.body(document.getContent());
	}

	private String form(TrainingSession session, Model model) {
		model.addAttribute("training", session);
		model.addAttribute("organisations", members.organisations());
		return FORM;
	}

	@PostMapping("/teach/trainings/{id}/certificates")
	String certify(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "training.saved");
		redirect.addFlashAttribute("certified", trainings.certify(actor, id));
		return "redirect:/teach/trainings/" + id;
	}
}
