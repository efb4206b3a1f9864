package org.urbansdg.casestudy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.Actor;
import org.urbansdg.shared.DomainException;

/** The secretariat's review queue and decisions. All of {@code /review} is for the secretariat only. */
@Controller
class ReviewController {

	static final String QUEUE = "casestudy/review";

	private final CaseStudies caseStudies;

	private final CaseWorkflow workflow;

	ReviewController(CaseStudies caseStudies, CaseWorkflow workflow) {
		this.caseStudies = caseStudies;
		this.workflow = workflow;
	}

	@GetMapping("/review")
	String queue(Model model) {
		model.addAttribute("cases", caseStudies.awaitingReview());
		return QUEUE;
	}

	@PostMapping("/review/cases/{id}/return")
	String returnToEditor(@PathVariable long id, @RequestParam(defaultValue = "") String comment, Actor actor,
			RedirectAttributes redirect) {
		try {
			workflow.returnToEditor(actor, id, comment);
		}
		catch (DomainException ex) {
			if (!"case.returnNeedsComment".equals(ex.messageKey()) && !"case.returnCommentTooLong".equals(ex.messageKey())) {
				throw ex;
			}
			redirect.addFlashAttribute("reviewError", ex.messageKey());
			redirect.addFlashAttribute("reviewErrorArguments", ex.arguments());
			redirect.addFlashAttribute("reviewComment", comment);
			return "redirect:/cases/" + id + "#review";
		}
		redirect.addFlashAttribute("flash", "case.returned");
		return "redirect:/review";
	}

	@PostMapping("/review/cases/{id}/publish")
	String publish(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		workflow.publish(actor, id);
		redirect.addFlashAttribute("flash", "case.published");
		return "redirect:/cases/" + id;
	}

	@PostMapping("/review/cases/{id}/archive")
	String archive(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		workflow.archive(actor, id);
		redirect.addFlashAttribute("flash", "case.archived");
		return "redirect:/cases/" + id;
	}

	@PostMapping("/review/cases/{id}/feature")
	String feature(@PathVariable long id, @RequestParam boolean featured, Actor actor, RedirectAttributes redirect) {
		workflow.feature(actor, id, featured);
		redirect.addFlashAttribute("flash", featured ? "case.featured" : "case.unfeatured");
		return "redirect:/cases/" + id;
	}
}
