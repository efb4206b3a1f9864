package org.urbansdg.casestudy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.member.Members;
import org.urbansdg.sdg.SdgCatalogue;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.RateLimit;
import org.urbansdg.shared.RateLimits;
import org.urbansdg.shared.RichText;

/** The browse page and a case's public page, with its attachments and comments. */
@Controller
class PublicPagesController {

	static final String BROWSE = "casestudy/browse";

	static final String RESULTS_FRAGMENT = "casestudy/browse :: results";

	static final String CASE = "casestudy/case";

	private final CaseStudies caseStudies;

	private final CaseWorkflow workflow;

	private final SdgCatalogue catalogue;

	private final Members members;

	private final Accounts accounts;

	private final RichText richText;

	private final RateLimits limits;

	private final CasePermissions permissions;

	private final Replications replications;

	PublicPagesController(CaseStudies caseStudies, CaseWorkflow workflow, SdgCatalogue catalogue, Members members,
			Accounts accounts, RichText richText, RateLimits limits, CasePermissions permissions,
			Replications replications) {
		this.replications = replications;
		this.richText = richText;
		this.limits = limits;
		this.permissions = permissions;
		this.caseStudies = caseStudies;
		this.workflow = workflow;
		this.catalogue = catalogue;
		this.members = members;
		this.accounts = accounts;
	}

	/** The full page, or only the results when htmx asks after a filter changed. */
	@GetMapping("/cases")
	String browse(@ModelAttribute("query") CaseQuery query, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		if (!CaseQuery.blank(query.q())) {
			// Words are looked for with LIKE over every case's texts: the one costly part of browsing.
			limits.check(RateLimit.BROWSE_SEARCH);
		}
		model.addAttribute("results", caseStudies.browse(query));
		if (htmx != null) {
			return RESULTS_FRAGMENT;
		}
		model.addAttribute("goals", catalogue.goals());
		model.addAttribute("targets",
				query.goal() == null ? catalogue.targets() : catalogue.targetsOf(query.goal()));
		model.addAttribute("themes", catalogue.themes());
		model.addAttribute("cities", members.cities());
		model.addAttribute("countries",
				members.cities().stream().map(c -> c.getCountryCode()).collect(Collectors.toCollection(java.util.TreeSet::new)));
		return BROWSE;
	}

	@GetMapping("/cases/{id}")
	String show(@PathVariable long id, Actor actor, Model model) {
		CaseStudy c = caseStudies.get(actor, id);
		boolean history = caseStudies.isHistoryVisible(actor, c);
		// Moderators see hidden comments too, to show them again.
		List<Comment> comments = caseStudies.comments(id, permissions.canModerate(actor));
		List<ReviewNote> notes = history ? caseStudies.reviewNotes(id) : List.of();
		Set<Long> people = Stream.concat(comments.stream().map(Comment::getAuthorId),
				notes.stream().map(ReviewNote::getAuthorId)).collect(Collectors.toSet());
		model.addAttribute("c", c);
		model.addAttribute("sections", sections(c));
		model.addAttribute("resources", c.getNarrative().texts(CaseSection.Part.RESOURCES));
		model.addAttribute("actor", actor);
		model.addAttribute("attachments", caseStudies.attachments(id));
		model.addAttribute("related", caseStudies.related(c, 4));
		model.addAttribute("cities", caseStudies.citiesOnSameTargets(c, 8));
		model.addAttribute("uptakes", replications.cities(c));
		model.addAttribute("comments", comments);
		model.addAttribute("notes", notes);
		model.addAttribute("revisions", history ? caseStudies.revisions(id) : List.of());
		Map<Long, String> names = accounts.displayNames(people);
		model.addAttribute("names", names);
		return CASE;
	}

	/** The story sections that have text, rendered from Markdown to safe HTML, in reading order. */
	private Map<CaseSection, String> sections(CaseStudy c) {
		Map<CaseSection, String> sections = c.getNarrative().texts(CaseSection.Part.STORY);
		sections.replaceAll((section, text) -> richText.html(text));
		return sections;
	}

	@GetMapping("/cases/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId, Actor actor) {
		CaseStudies.FileDownload file = caseStudies.download(actor, id, attachmentId);
		Attachment a = file.attachment();
		ContentDisposition disposition = (a.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(a.getFileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(a.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache())
			.body(file.content());
	}

	@PostMapping("/cases/{id}/comments")
	String comment(@PathVariable long id, @RequestParam(defaultValue = "") String text, Actor actor,
			RedirectAttributes redirect) {
		limits.check(RateLimit.COMMENT);
		try {
			workflow.comment(actor, id, text);
			redirect.addFlashAttribute("flash", "case.comment.added");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("commentError", ex.messageKey());
			redirect.addFlashAttribute("commentText", text);
		}
		return "redirect:/cases/" + id + "#comments";
	}

	@PostMapping("/comments/{commentId}/visibility")
	String moderate(@PathVariable long commentId, @RequestParam boolean hidden, Actor actor,
			RedirectAttributes redirect) {
		long caseId = workflow.moderateComment(actor, commentId, hidden);
		redirect.addFlashAttribute("flash", hidden ? "case.comment.hidden" : "case.comment.shown");
		return "redirect:/cases/" + caseId + "#comments";
	}
}
