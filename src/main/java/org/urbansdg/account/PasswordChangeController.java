package org.urbansdg.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.AccountForms.PasswordChangeForm;
import org.urbansdg.shared.DomainException;

/** A signed-in user changes their password: the other sessions end, this one goes on under a new session id. */
@Controller
class PasswordChangeController {

	static final String PAGE = "account/password";

	private final Accounts accounts;

	private final AccountUserDetails userDetails;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	PasswordChangeController(Accounts accounts, AccountUserDetails userDetails) {
		this.accounts = accounts;
		this.userDetails = userDetails;
	}

	@GetMapping("/account/password")
	String form(org.springframework.ui.Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		return PAGE;
	}

	@PostMapping("/account/password")
	String change(Actor actor, @Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult errors,
			Locale locale, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return PAGE;
		}
		try {
			accounts.changePassword(actor.userId(), form.currentPassword(), form.password(), locale);
		}
		catch (DomainException ex) {
			errors.rejectValue(ex.messageKey().equals("account.password.currentWrong") ? "currentPassword" : "password",
					ex.messageKey());
			return PAGE;
		}
		keepThisSession(actor, request, response);
		redirect.addFlashAttribute("flash", "account.password.changed");
		return "redirect:/account/profile";
	}

	/** Signs this session in again at the account's new session version, under a new session id. */
	private void keepThisSession(Actor actor, HttpServletRequest request, HttpServletResponse response) {
		UserDetails principal = userDetails.loadUserByUsername(actor.email());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		sessions.saveContext(context, request, response);
	}
}
