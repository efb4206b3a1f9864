package org.urbansdg.account;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Users as the secretariat manages them, and as a focal point manages those of their organisation. Both pages post
 * to the same actions; {@link Accounts} decides who may do what.
 */
@Controller
class UserAdminController {

	static final String ADMIN_USERS = "account/admin-users";

	static final String ORGANISATION_USERS = "account/organisation-users";

	private final Accounts accounts;

	UserAdminController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/users")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String users(Model model) {
		model.addAttribute("users", accounts.allUsers());
		model.addAttribute("roles", Role.values());
		return ADMIN_USERS;
	}

	@GetMapping("/workspace/organisation")
	@PreAuthorize("hasRole('FOCAL_POINT')")
	String organisationUsers(Actor actor, Model model) {
		if (actor.organisationId() == null) {
			throw new org.urbansdg.shared.DomainException("account.notAllowed");
		}
		model.addAttribute("users", accounts.usersOf(actor.organisationId()));
		model.addAttribute("roles", java.util.List.of(Role.EDITOR));
		return ORGANISATION_USERS;
	}

	@PostMapping("/users/{id}/affiliation")
	String decideAffiliation(Actor actor, @PathVariable long id, @RequestParam boolean accepted,
			RedirectAttributes redirect) {
		accounts.decideAffiliation(actor, id, accepted);
		redirect.addFlashAttribute("flash", accepted ? "account.affiliation.accepted" : "account.affiliation.refused");
		return back(actor);
	}

	@PostMapping("/users/{id}/roles")
	String changeRole(Actor actor, @PathVariable long id, @RequestParam Role role, @RequestParam boolean granted,
			RedirectAttributes redirect) {
		accounts.changeRole(actor, id, role, granted);
		redirect.addFlashAttribute("flash", "account.role.changed");
		return back(actor);
	}

	@PostMapping("/users/{id}/enabled")
	String changeEnabled(Actor actor, @PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		accounts.changeEnabled(actor, id, enabled);
		redirect.addFlashAttribute("flash", enabled ? "account.enabled.done" : "account.disabled.done");
		return back(actor);
	}

	private static String back(Actor actor) {
		return actor.isSecretariat() ? "redirect:/admin/users" : "redirect:/workspace/organisation";
	}
}
