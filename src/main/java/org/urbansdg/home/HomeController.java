package org.urbansdg.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.sdg.SdgCatalogue;

/** The home page: featured and latest cases and the 17 goals with their case counts. */
@Controller
class HomeController {

	static final String HOME = "home/home";

	private final CaseStudies caseStudies;

	private final SdgCatalogue catalogue;

	HomeController(CaseStudies caseStudies, SdgCatalogue catalogue) {
		this.caseStudies = caseStudies;
		this.catalogue = catalogue;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("featured", caseStudies.featured(6));
		model.addAttribute("latest", caseStudies.latest(6));
		model.addAttribute("goals", catalogue.goals());
		model.addAttribute("goalCounts", caseStudies.publishedCountsByGoal());
		return HOME;
	}
}
