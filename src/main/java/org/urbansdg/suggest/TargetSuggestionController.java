package org.urbansdg.suggest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.urbansdg.account.Actor;
import org.urbansdg.casestudy.CasePermissions;
import org.urbansdg.shared.DomainException;

/**
 * Target suggestions for the case form. The form (module casestudy) posts its texts here with htmx and shows the
 * fragment; it knows this module only by URL. Only people who may write cases get suggestions.
 */
@Controller
class TargetSuggestionController {

	static final String FRAGMENT = "suggest/_targets :: suggestions";

	/** Enough of a long case for the words that matter; keeps the cost of one request bounded. */
	static final int MAX_TEXT = 20_000;

	private final TargetSuggestions suggestions;

	private final CasePermissions permissions;

	TargetSuggestionController(TargetSuggestions suggestions, CasePermissions permissions) {
		this.suggestions = suggestions;
		this.permissions = permissions;
	}

	/** Takes the case form's fields as it posts them; its written sections are {@code sections[key]}. */
	@PostMapping("/workspace/suggest/targets")
	String suggest(Actor actor, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String summary,
			@RequestParam(name = "sections[background]", defaultValue = "") String background,
			@RequestParam(name = "sections[objectives]", defaultValue = "") String objectives,
			@RequestParam(name = "sections[strategy]", defaultValue = "") String strategy,
			@RequestParam(name = "sections[results]", defaultValue = "") String results,
			@RequestParam(defaultValue = "") String primaryTarget,
			@RequestParam(required = false) List<String> targets,
			@RequestParam(name = "suggestRejected", required = false) List<String> rejected, Model model) {
		if (!permissions.canCreate(actor) && (actor == null || !actor.isSecretariat())) {
			throw new DomainException("suggest.notAllowed");
		}
		String text = String.join("\n", title, title, summary, objectives, background, strategy, results);
		if (text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT);
		}
		Set<String> excluded = new HashSet<>();
		excluded.add(primaryTarget);
		if (targets != null) {
			excluded.addAll(targets);
		}
		if (rejected != null) {
			excluded.addAll(rejected);
		}
		boolean written = !text.isBlank();
		model.addAttribute("written", written);
		model.addAttribute("suggestions", written ? suggestions.suggest(text, excluded) : List.of());
		return FRAGMENT;
	}
}
