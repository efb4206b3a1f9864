package org.urbansdg.account;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.AccountForms.ProfileForm;
import org.urbansdg.member.Members;
import org.urbansdg.shared.DomainException;

/** A user's own profile, including the organisation they ask to act for. */
@Controller
class ProfileController {

	static final String PROFILE = "account/profile";

	private final Accounts accounts;

	private final Members members;

	ProfileController(Accounts accounts, Members members) {
		this.accounts = accounts;
		this.members = members;
	}

	@GetMapping("/account/profile")
	String show(Actor actor, Model model) {
		Accounts.Profile profile = accounts.profile(actor.userId());
		model.addAttribute("form", new ProfileForm(profile.displayName(), profile.jobTitle(),
				profile.preferredLanguage(), profile.organisationId()));
		return page(actor, model);
	}

	@PostMapping("/account/profile")
	String save(Actor actor, @Valid @ModelAttribute("form") ProfileForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(actor, model);
		}
		try {
			accounts.updateProfile(actor.userId(), form.displayName(), form.jobTitle(), form.preferredLanguage(),
					form.organisationId());
		}
		catch (DomainException ex) {
			errors.rejectValue("organisationId", ex.messageKey());
			return page(actor, model);
		}
		redirect.addFlashAttribute("flash", "account.profile.saved");
		return "redirect:/account/profile";
	}

	private String page(Actor actor, Model model) {
		model.addAttribute("profile", accounts.profile(actor.userId()));
		model.addAttribute("organisations", members.organisations());
		return PROFILE;
	}
}
