package org.urbansdg.account;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.urbansdg.account.AccountForms.EmailForm;
import org.urbansdg.account.AccountForms.RegistrationForm;
import org.urbansdg.member.Members;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.RateLimit;
import org.urbansdg.shared.RateLimits;

/** Registration, e-mail confirmation and sign-in pages. */
@Controller
class RegistrationController {

	static final String REGISTER = "account/register";

	static final String REGISTERED = "account/registered";

	static final String CONFIRM = "account/confirm";

	static final String SIGN_IN = "account/sign-in";

	private final Accounts accounts;

	private final Members members;

	private final RateLimits limits;

	RegistrationController(Accounts accounts, Members members, RateLimits limits) {
		this.accounts = accounts;
		this.members = members;
		this.limits = limits;
	}

	@GetMapping("/sign-in")
	String signIn() {
		return SIGN_IN;
	}

	@GetMapping("/register")
	String form(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		return showForm(model);
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
			Locale locale) {
		if (errors.hasErrors()) {
			return showForm(model);
		}
		limits.check(RateLimit.REGISTRATION, form.email());
		try {
			accounts.register(new Accounts.Registration(form.displayName(), form.email(), form.password(),
					form.organisationId()), locale);
		}
		catch (DomainException ex) {
			// A refused password sent no mail: it does not count against the address.
			limits.giveBack(RateLimit.REGISTRATION, form.email());
			errors.rejectValue(ex.messageKey().startsWith("account.password") ? "password" : "organisationId",
					ex.messageKey());
			return showForm(model);
		}
		model.addAttribute("email", form.email());
		return REGISTERED;
	}

	@PostMapping("/register/resend")
	String resend(@Valid @ModelAttribute("emailForm") EmailForm form, BindingResult errors, Model model,
			Locale locale) {
		if (!errors.hasErrors()) {
			limits.check(RateLimit.CONFIRMATION_RESEND, form.email());
			accounts.resendConfirmation(form.email(), locale);
		}
		model.addAttribute("email", form.email());
		return REGISTERED;
	}

	@GetMapping("/register/confirm")
	String confirmPage(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", accounts.tokenUsable(token, false));
		return CONFIRM;
	}

	@PostMapping("/register/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, Model model) {
		try {
			accounts.confirmEmail(token);
		}
		catch (DomainException ex) {
			model.addAttribute("token", token);
			model.addAttribute("usable", false);
			return CONFIRM;
		}
		return "redirect:/sign-in?confirmed";
	}

	private String showForm(Model model) {
		model.addAttribute("organisations", members.organisations());
		return REGISTER;
	}
}
