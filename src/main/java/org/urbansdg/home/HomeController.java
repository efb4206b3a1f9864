package org.urbansdg.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.urbansdg.calendar.EventCalendar;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.news.News;
import org.urbansdg.sdg.SdgCatalogue;

/** The home page: featured and latest cases, the latest news, the next events and the 17 goals with their case counts. */
@Controller
class HomeController {

	static final String HOME = "home/home";

	private final CaseStudies caseStudies;

	private final SdgCatalogue catalogue;

	private final News news;

	private final EventCalendar calendar;

	HomeController(CaseStudies caseStudies, SdgCatalogue catalogue, News news, EventCalendar calendar) {
		this.caseStudies = caseStudies;
		this.catalogue = catalogue;
		this.news = news;
		this.calendar = calendar;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("featured", caseStudies.featured(6));
		model.addAttribute("latest", caseStudies.latest(6));
		model.addAttribute("goals", catalogue.goals());
		model.addAttribute("goalCounts", caseStudies.publishedCountsByGoal());
		model.addAttribute("news", news.latest(3));
		model.addAttribute("events", calendar.next(3));
		return HOME;
	}
}
