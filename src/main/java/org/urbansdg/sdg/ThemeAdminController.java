package org.urbansdg.sdg;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.shared.DomainException;

/** The secretariat manages the theme taxonomy (all of {@code /admin} is for the secretariat). */
@Controller
class ThemeAdminController {

	static final String THEMES = "sdg/admin-themes";

	private final SdgCatalogue catalogue;

	ThemeAdminController(SdgCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/admin/themes")
	String themes(Model model) {
		model.addAttribute("themes", catalogue.allThemes());
		return THEMES;
	}

	@PostMapping("/admin/themes")
	String add(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String nameEn,
			@RequestParam(defaultValue = "") String nameKo, Model model, RedirectAttributes redirect) {
		try {
			catalogue.addTheme(code.strip(), names(nameEn, nameKo));
		}
		catch (DomainException ex) {
			model.addAttribute("error", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			model.addAttribute("code", code);
			model.addAttribute("nameEn", nameEn);
			model.addAttribute("nameKo", nameKo);
			return themes(model);
		}
		redirect.addFlashAttribute("flash", "theme.added");
		return "redirect:/admin/themes";
	}

	@PostMapping("/admin/themes/{code}")
	String update(@PathVariable String code, @RequestParam(defaultValue = "") String nameEn,
			@RequestParam(defaultValue = "") String nameKo, @RequestParam(defaultValue = "false") boolean active,
			RedirectAttributes redirect) {
		catalogue.updateTheme(code, names(nameEn, nameKo), active);
		redirect.addFlashAttribute("flash", "theme.saved");
		return "redirect:/admin/themes";
	}

	private static Map<String, String> names(String english, String korean) {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("en", english);
		names.put("ko", korean);
		return names;
	}
}
