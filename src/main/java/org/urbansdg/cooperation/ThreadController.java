package org.urbansdg.cooperation;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.Actor;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.RateLimit;
import org.urbansdg.shared.RateLimits;

/**
 * Writing in a request's thread, downloading its files and recording milestones. Each form posts and comes back to
 * the request page (post, redirect, get): a refused form returns with what was typed and its errors as flash
 * attributes, which {@link ThreadModel} leaves in place. Someone who may not see the request gets 404 before the
 * form is looked at.
 */
@Controller
class ThreadController {

	/** Which form field a refusal of the domain is about; any other key is said above the form. */
	private static final Map<String, String> FIELDS = Map.of("thread.message.empty", "text", "thread.message.tooLong",
			"text", "milestone.kindMissing", "kind", "milestone.dateMissing", "happenedOn", "milestone.dateInFuture",
			"happenedOn", "milestone.dateBeforeRequest", "happenedOn", "milestone.noteTooLong", "note");

	private final CooperationThreads threads;

	private final CooperationMilestones milestones;

	private final RateLimits limits;

	ThreadController(CooperationThreads threads, CooperationMilestones milestones, RateLimits limits) {
		this.threads = threads;
		this.milestones = milestones;
		this.limits = limits;
	}

	@PostMapping("/cooperation/{id}/messages")
	String post(@PathVariable long id, Actor actor, @Valid @ModelAttribute("messageForm") MessageForm form,
			BindingResult errors, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		// Before anything else: each message mails the other side.
		limits.check(RateLimit.COOPERATION_MESSAGE);
		threads.requireVisible(actor, id);
		if (!errors.hasErrors()) {
			try {
				threads.post(actor, id, form.text(), file);
				redirect.addFlashAttribute("flash", "thread.message.sent");
				return "redirect:/cooperation/" + id + "#thread";
			}
			catch (DomainException ex) {
				reject(errors, ex);
			}
		}
		// Refused: nothing stored; the text comes back (a browser cannot be given the file back, so it is named).
		if (file != null && !file.isEmpty()) {
			errors.reject("thread.file.chooseAgain");
		}
		redirect.addFlashAttribute("messageForm", form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "messageForm", errors);
		return "redirect:/cooperation/" + id + "#thread-form";
	}

	@GetMapping("/cooperation/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId, Actor actor) {
		CooperationThreads.FileDownload file = threads.download(actor, id, attachmentId);
		// Always a download, never shown in the page's origin; the type is the one checked by content on upload.
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(file.fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(file.content());
	}

	@PostMapping("/cooperation/{id}/milestones")
	String milestone(@PathVariable long id, Actor actor, @Valid @ModelAttribute("milestoneForm") MilestoneForm form,
			BindingResult errors, RedirectAttributes redirect) {
		threads.requireVisible(actor, id);
		if (!errors.hasErrors()) {
			try {
				milestones.record(actor, id, form.kind(), form.happenedOn(), form.note());
				redirect.addFlashAttribute("flash", "milestone.recorded");
				return "redirect:/cooperation/" + id + "#milestones";
			}
			catch (DomainException ex) {
				reject(errors, ex);
			}
		}
		redirect.addFlashAttribute("milestoneForm", form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "milestoneForm", errors);
		return "redirect:/cooperation/" + id + "#milestone-form";
	}

	/** A refusal the user can act on goes back to the form; one who may not act at all gets the error page (409). */
	private static void reject(BindingResult errors, DomainException ex) {
		if (ex.messageKey().equals("cooperation.notAllowed")) {
			throw ex;
		}
		String field = FIELDS.get(ex.messageKey());
		if (field != null) {
			errors.rejectValue(field, ex.messageKey(), ex.arguments(), null);
		}
		else {
			errors.reject(ex.messageKey(), ex.arguments(), null);
		}
	}
}
