package org.urbansdg.casestudy;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

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
import org.urbansdg.member.Members;
import org.urbansdg.sdg.SdgCatalogue;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.Money;
import org.urbansdg.shared.UploadCheck;

/** Where editors write their organisation's cases and focal points sign them off. */
@Controller
class WorkspaceController {

	static final String WORKSPACE = "casestudy/workspace";

	static final String EDIT = "casestudy/edit";

	private final CaseStudies caseStudies;

	private final CaseWorkflow workflow;

	private final CasePermissions permissions;

	private final SdgCatalogue catalogue;

	private final Members members;

	private final Money money;

	private final UploadCheck uploads;

	WorkspaceController(CaseStudies caseStudies, CaseWorkflow workflow, CasePermissions permissions,
			SdgCatalogue catalogue, Members members, Money money, UploadCheck uploads) {
		this.caseStudies = caseStudies;
		this.workflow = workflow;
		this.permissions = permissions;
		this.catalogue = catalogue;
		this.members = members;
		this.money = money;
		this.uploads = uploads;
	}

	@GetMapping("/workspace")
	String workspace(Actor actor, Model model) {
		model.addAttribute("actor", actor);
		model.addAttribute("cases",
				actor.organisationId() == null ? List.of() : caseStudies.ofOrganisation(actor.organisationId()));
		model.addAttribute("canCreate", permissions.canCreate(actor));
		return WORKSPACE;
	}

	@GetMapping("/workspace/cases/new")
	String newCase(Actor actor, Model model, Locale locale) {
		if (!permissions.canCreate(actor)) {
			throw new DomainException("case.notAllowed");
		}
		model.addAttribute("form", CaseForm.empty(locale.getLanguage()));
		return editPage(actor, model, null);
	}

	@PostMapping("/workspace/cases")
	String create(Actor actor, @Valid @ModelAttribute("form") CaseForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!permissions.canCreate(actor)) {
			throw new DomainException("case.notAllowed");
		}
		var content = workflow.resolve(form, errors);
		if (errors.hasErrors() || content.isEmpty()) {
			return editPage(actor, model, null, form);
		}
		long id = workflow.create(actor, content.get());
		redirect.addFlashAttribute("flash", "case.saved");
		return "redirect:/workspace/cases/" + id + "/edit";
	}

	@GetMapping("/workspace/cases/{id}/edit")
	String edit(@PathVariable long id, Actor actor, Model model) {
		CaseStudy c = caseStudies.get(actor, id);
		if (!permissions.canEdit(actor, c)) {
			throw new DomainException("case.notEditable");
		}
		model.addAttribute("form", CaseForm.of(c));
		return editPage(actor, model, c);
	}

	@PostMapping("/workspace/cases/{id}")
	String update(@PathVariable long id, Actor actor, @Valid @ModelAttribute("form") CaseForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CaseStudy c = caseStudies.get(actor, id);
		var content = workflow.resolve(form, errors);
		if (errors.hasErrors() || content.isEmpty()) {
			return editPage(actor, model, c, form);
		}
		workflow.update(actor, id, content.get());
		redirect.addFlashAttribute("flash", "case.saved");
		return "redirect:/workspace/cases/" + id + "/edit";
	}

	@PostMapping("/workspace/cases/{id}/submit")
	String submit(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		workflow.submit(actor, id);
		redirect.addFlashAttribute("flash", "case.submitted");
		return "redirect:/cases/" + id;
	}

	@PostMapping("/workspace/cases/{id}/sign-off")
	String signOff(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		workflow.signOff(actor, id);
		redirect.addFlashAttribute("flash", "case.signedOff");
		return "redirect:/cases/" + id;
	}

	@PostMapping("/workspace/cases/{id}/verify")
	String verify(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		workflow.verify(actor, id);
		redirect.addFlashAttribute("flash", "case.verifiedNow");
		return "redirect:/cases/" + id;
	}

	@PostMapping("/workspace/cases/{id}/attachments")
	String attach(@PathVariable long id, Actor actor, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean cover, RedirectAttributes redirect) {
		try {
			workflow.attach(actor, id, file, cover);
			redirect.addFlashAttribute("flash", "case.attachment.added");
		}
		catch (DomainException ex) {
			if (!ex.messageKey().startsWith("upload.")) {
				throw ex;
			}
			redirect.addFlashAttribute("uploadError", ex.messageKey());
			redirect.addFlashAttribute("uploadErrorArguments", ex.arguments());
		}
		return "redirect:/workspace/cases/" + id + "/edit#attachments";
	}

	@PostMapping("/workspace/cases/{id}/attachments/{attachmentId}/delete")
	String removeAttachment(@PathVariable long id, @PathVariable long attachmentId, Actor actor,
			RedirectAttributes redirect) {
		workflow.removeAttachment(actor, id, attachmentId);
		redirect.addFlashAttribute("flash", "case.attachment.removed");
		return "redirect:/workspace/cases/" + id + "/edit#attachments";
	}

	private String editPage(Actor actor, Model model, CaseStudy c) {
		return editPage(actor, model, c, null);
	}

	/**
	 * The form page. When a value could not be read (a budget that is no number) the model holds no form, only what
	 * was typed for each field, so the ticked targets and themes ("chosen") come from the form as posted.
	 */
	private String editPage(Actor actor, Model model, CaseStudy c, CaseForm posted) {
		CaseForm form = (CaseForm) model.getAttribute("form");
		CaseForm chosen = form != null ? form : posted != null ? posted : CaseForm.empty("");
		model.addAttribute("chosen", chosen);
		model.addAttribute("actor", actor);
		model.addAttribute("c", c);
		model.addAttribute("selectedGoals", chosen.goalsOfTargets());
		model.addAttribute("attachments", c == null ? List.of() : caseStudies.attachments(c.getId()));
		model.addAttribute("cities", members.cities());
		model.addAttribute("goals", catalogue.goals());
		model.addAttribute("themes", catalogue.themes());
		model.addAttribute("storySections", CaseSection.of(CaseSection.Part.STORY));
		model.addAttribute("resourceSections", CaseSection.of(CaseSection.Part.RESOURCES));
		model.addAttribute("currencies", money.currencies());
		model.addAttribute("languages", CaseLanguages.CODES);
		model.addAttribute("maxUploadMb", uploads.maxSize().toMegabytes());
		return EDIT;
	}
}
