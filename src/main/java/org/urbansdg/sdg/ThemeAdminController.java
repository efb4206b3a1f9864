package org.urbansdg.sdg;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.Locales;

/**
 * The secretariat manages the theme taxonomy (all of {@code /admin} is for the secretariat). A theme has a name per
 * language ({@code theme_name}): the form has a field {@code name_<tag>} for each language offered, and one for
 * English, which every lookup falls back to and so is always required.
 */
@Controller
class ThemeAdminController {

	static final String THEMES = "sdg/admin-themes";

	/** The prefix of a name field: {@code name_en}, {@code name_ko}. */
	static final String NAME = "name_";

	private final SdgCatalogue catalogue;

	private final Locales locales;

	ThemeAdminController(SdgCatalogue catalogue, Locales locales) {
		this.catalogue = catalogue;
		this.locales = locales;
	}

	/** The languages a theme is named in on this page: English first, then the others offered. */
	List<String> languages() {
		Set<String> languages = new LinkedHashSet<>();
		languages.add(Languages.ENGLISH);
		languages.addAll(locales.tags());
		return List.copyOf(languages);
	}

	@GetMapping("/admin/themes")
	String themes(Model model) {
		model.addAttribute("themes", catalogue.allThemes());
		model.addAttribute("languages", languages());
		return THEMES;
	}

	/** Reads the names of the languages on the page only; other parameters are ignored. */
	@PostMapping("/admin/themes")
	String add(@RequestParam(defaultValue = "") String code, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect) {
		Map<String, String> names = names(form);
		try {
			catalogue.addTheme(code.strip(), names);
		}
		catch (DomainException ex) {
			model.addAttribute("error", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			model.addAttribute("code", code);
			model.addAttribute("names", names);
			return themes(model);
		}
		redirect.addFlashAttribute("flash", "theme.added");
		return "redirect:/admin/themes";
	}

	/** Names of languages not on the page (no longer offered) are kept as they are. */
	@PostMapping("/admin/themes/{code}")
	String update(@PathVariable String code, @RequestParam MultiValueMap<String, String> form,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
		catalogue.updateTheme(code, names(form), active);
		redirect.addFlashAttribute("flash", "theme.saved");
		return "redirect:/admin/themes";
	}

	/** Language → name for each language on the page; a field left out counts as empty. */
	Map<String, String> names(MultiValueMap<String, String> form) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String language : languages()) {
			String name = form.getFirst(NAME + language);
			names.put(language, name == null ? "" : name);
		}
		return names;
	}
}
