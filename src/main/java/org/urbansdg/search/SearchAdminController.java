package org.urbansdg.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat rebuilds the search index and watches it progress (all of {@code /admin} is theirs). */
@Controller
class SearchAdminController {

	static final String PAGE = "search/admin-search";

	static final String PROGRESS_FRAGMENT = "search/admin-search :: progress";

	private final Reindexing reindexing;

	SearchAdminController(Reindexing reindexing) {
		this.reindexing = reindexing;
	}

	/** The page, or only the progress when htmx polls for it. */
	@GetMapping("/admin/search")
	String page(Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("progress", reindexing.progress());
		model.addAttribute("counts", reindexing.documentCounts());
		return htmx != null ? PROGRESS_FRAGMENT : PAGE;
	}

	@PostMapping("/admin/search/reindex")
	String reindex(RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", switch (reindexing.start(false)) {
			case STARTED, NOT_NEEDED -> "search.admin.started";
			case RUNNING_HERE -> "search.admin.alreadyRunning";
			case RUNNING_ELSEWHERE -> "search.admin.runningElsewhere";
		});
		return "redirect:/admin/search";
	}
}
