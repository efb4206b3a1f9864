package org.urbansdg.search;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.casestudy.CaseStudy;
import org.urbansdg.casestudy.search.CaseSearchQuery;
import org.urbansdg.casestudy.search.CaseSearchResult.Hit;
import org.urbansdg.member.City;
import org.urbansdg.member.Members;
import org.urbansdg.sdg.SdgCatalogue;
import org.urbansdg.sdg.Target;
import org.urbansdg.shared.RateLimit;
import org.urbansdg.shared.RateLimits;

/**
 * Suggestions while typing on the search page: a few case titles, cities and SDG targets, each a link, so they are
 * reached with the keyboard like any other link. htmx fetches them as the words change; without JavaScript the
 * search itself still works.
 */
@Controller
class SuggestionController {

	static final String SUGGESTIONS = "search/_suggestions :: suggestions";

	static final int EACH = 5;

	private final CaseStudies caseStudies;

	private final Members members;

	private final SdgCatalogue catalogue;

	private final RateLimits limits;

	SuggestionController(CaseStudies caseStudies, Members members, SdgCatalogue catalogue, RateLimits limits) {
		this.limits = limits;
		this.caseStudies = caseStudies;
		this.members = members;
		this.catalogue = catalogue;
	}

	@GetMapping("/search/suggest")
	String suggest(@RequestParam(defaultValue = "") String q, Locale locale, Model model) {
		limits.check(RateLimit.SEARCH_SUGGEST);
		String text = CaseSearchQuery.of(q).text();
		String lower = text.toLowerCase(Locale.ROOT);
		boolean enough = text.codePointCount(0, text.length()) >= 2;
		List<CaseStudy> cases = List.of();
		if (enough && text.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || Character.isWhitespace(ch))) {
			// The last word may be unfinished: match it as a prefix.
			cases = caseStudies.search(CaseSearchQuery.of(text + "*")).hits().stream().limit(EACH).map(Hit::caseStudy)
				.toList();
		}
		List<City> cities = !enough ? List.of()
				: members.cities().stream().filter(c -> c.getName().toLowerCase(Locale.ROOT).contains(lower)).limit(EACH)
					.toList();
		List<Target> targets = !enough ? List.of()
				: catalogue.targets().stream()
					.filter(t -> t.code().startsWith(text)
							|| catalogue.targetText(t.code(), locale).toLowerCase(locale).contains(text.toLowerCase(locale)))
					.limit(EACH)
					.toList();
		model.addAttribute("cases", cases);
		model.addAttribute("cities", cities);
		model.addAttribute("targets", targets);
		return SUGGESTIONS;
	}
}
