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
import org.urbansdg.account.AccountForms.ResetForm;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.RateLimit;
import org.urbansdg.shared.RateLimits;

/** Forgotten passwords: ask for a link, then choose a new password. */
@Controller
class PasswordController {

	static final String FORGOT = "account/forgot";

	static final String RESET = "account/reset";

	private final Accounts accounts;

	private final RateLimits limits;

	PasswordController(Accounts accounts, RateLimits limits) {
		this.accounts = accounts;
		this.limits = limits;
	}

	@GetMapping("/password/forgot")
	String forgot(Model model) {
		model.addAttribute("form", new EmailForm(""));
		return FORGOT;
	}

	@PostMapping("/password/forgot")
	String requestLink(@Valid @ModelAttribute("form") EmailForm form, BindingResult errors, Model model,
			Locale locale) {
		if (errors.hasErrors()) {
			return FORGOT;
		}
		// Counted for the address typed whether or not it has an account, so the answer tells nothing.
		limits.check(RateLimit.PASSWORD_RESET, form.email());
		accounts.requestPasswordReset(form.email(), locale);
		model.addAttribute("sent", true);
		return FORGOT;
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("form", new ResetForm(token, "", ""));
		model.addAttribute("usable", accounts.tokenUsable(token, true));
		return RESET;
	}

	@PostMapping("/password/reset")
	String reset(@Valid @ModelAttribute("form") ResetForm form, BindingResult errors, Model model) {
		model.addAttribute("usable", true);
		if (errors.hasErrors()) {
			return RESET;
		}
		try {
			accounts.resetPassword(form.token(), form.password());
		}
		catch (DomainException ex) {
			if (ex.messageKey().startsWith("account.password")) {
				errors.rejectValue("password", ex.messageKey());
			}
			else {
				model.addAttribute("usable", false);
			}
			return RESET;
		}
		return "redirect:/sign-in?reset";
	}
}
