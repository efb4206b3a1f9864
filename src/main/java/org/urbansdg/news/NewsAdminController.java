package org.urbansdg.news;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.Actor;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.sdg.SdgCatalogue;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.UploadCheck;

/** The secretariat writes, schedules and publishes news (all of {@code /admin} is theirs). */
@Controller
class NewsAdminController {

	static final String LIST = "news/admin-news";

	static final String EDIT = "news/edit";

	private final News news;

	private final Members members;

	private final SdgCatalogue catalogue;

	private final UploadCheck uploads;

	NewsAdminController(News news, Members members, SdgCatalogue catalogue, UploadCheck uploads) {
		this.news = news;
		this.members = members;
		this.catalogue = catalogue;
		this.uploads = uploads;
	}

	@GetMapping("/admin/news")
	String list(Model model) {
		model.addAttribute("posts", news.all());
		model.addAttribute("now", news.now());
		return LIST;
	}

	@GetMapping("/admin/news/new")
	String create(Model model) {
		model.addAttribute("form", NewsForm.blank());
		return page(model, null);
	}

	@GetMapping("/admin/news/{id}")
	String edit(@PathVariable long id, Actor actor, Model model) {
		NewsPost p = news.get(actor, id);
		NewsForm.Publication publication = switch (p.status(news.now())) {
			case DRAFT -> NewsForm.Publication.DRAFT;
			case SCHEDULED -> NewsForm.Publication.SCHEDULED;
			case PUBLISHED -> NewsForm.Publication.NOW;
		};
		model.addAttribute("form", new NewsForm(p.getTitle(), p.getSummary(), p.getBody(), p.getCoverAlt(),
				String.join(", ", p.getTags()), List.copyOf(p.getGoals()),
				p.getOrganisations().stream().map(Organisation::getId).toList(), join(p.getCaseIds()),
				join(p.getEventIds()), publication,
				p.getPublishedAt() == null ? null : p.getPublishedAt().atOffset(ZoneOffset.UTC).toLocalDateTime()));
		return page(model, id);
	}

	@PostMapping({ "/admin/news", "/admin/news/{id}" })
	String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") NewsForm form,
			BindingResult errors, @RequestParam(name = "cover", required = false) MultipartFile file, Actor actor,
			Model model, RedirectAttributes redirect) {
		NewsPost existing = id == null ? null : news.get(actor, id);
		Set<Integer> goals = new TreeSet<>(form.goals() == null ? List.of() : form.goals());
		if (goals.stream().anyMatch(g -> catalogue.goal(g).isEmpty())) {
			errors.rejectValue("goals", "news.unknownGoal");
		}
		Set<Organisation> organisations = new LinkedHashSet<>();
		for (Long o : form.organisationIds() == null ? List.<Long>of() : form.organisationIds()) {
			members.organisation(o).ifPresentOrElse(organisations::add,
					() -> errors.rejectValue("organisationIds", "news.unknownOrganisation"));
		}
		Set<Long> caseIds = ids(form.caseIds(), "caseIds", errors);
		Set<Long> eventIds = ids(form.eventIds(), "eventIds", errors);
		Set<String> tags = tags(form.tags(), errors);
		Instant publishAt = switch (form.publication() == null ? NewsForm.Publication.DRAFT : form.publication()) {
			case DRAFT -> null;
			case NOW -> existing != null && existing.isVisible(news.now()) ? existing.getPublishedAt() : news.now();
			case SCHEDULED -> form.publishAt() == null ? null : form.publishAt().toInstant(ZoneOffset.UTC);
		};
		if (form.publication() == NewsForm.Publication.SCHEDULED && publishAt == null) {
			errors.rejectValue("publishAt", "news.publicationTimeMissing");
		}
		UploadCheck.CheckedFile cover = null;
		boolean hasCover = (file != null && !file.isEmpty()) || (existing != null && existing.hasCover());
		if (hasCover && (form.coverAlt() == null || form.coverAlt().isBlank())) {
			errors.rejectValue("coverAlt", "news.coverAltMissing");
		}
		if (file != null && !file.isEmpty()) {
			try {
				cover = uploads.check(file, UploadCheck.IMAGES);
			}
			catch (DomainException ex) {
				errors.rejectValue("coverAlt", ex.messageKey(), ex.arguments(), null);
			}
		}
		if (errors.hasErrors()) {
			return page(model, id);
		}
		NewsPost.Content content = new NewsPost.Content(form.title(), form.summary(), form.body(), form.coverAlt(),
				tags, goals, organisations, caseIds, eventIds);
		NewsPost saved = news.save(id, actor.userId(), content, publishAt, cover);
		redirect.addFlashAttribute("flash", "news.saved");
		return "redirect:/news/" + saved.getId();
	}

	private static Set<Long> ids(String text, String field, BindingResult errors) {
		Set<Long> ids = new TreeSet<>();
		if (text == null || text.isBlank()) {
			return ids;
		}
		for (String part : text.split("[,\\s]+")) {
			if (part.isEmpty()) {
				continue;
			}
			try {
				ids.add(Long.parseLong(part));
			}
			catch (NumberFormatException ex) {
				errors.rejectValue(field, "news.badIds");
				break;
			}
		}
		return ids;
	}

	/** Tags are short lower-case words or phrases joined with hyphens, so they make clean feed URLs. */
	private static Set<String> tags(String text, BindingResult errors) {
		Set<String> tags = new TreeSet<>();
		if (text == null) {
			return tags;
		}
		for (String part : text.split(",")) {
			String tag = part.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
			if (tag.isEmpty()) {
				continue;
			}
			if (!tag.matches("[\\p{L}\\p{N}-]{1,60}")) {
				errors.rejectValue("tags", "news.badTag");
				break;
			}
			tags.add(tag);
		}
		return tags;
	}

	private static String join(Set<Long> ids) {
		return String.join(", ", ids.stream().map(String::valueOf).toList());
	}

	private String page(Model model, Long id) {
		model.addAttribute("id", id);
		model.addAttribute("goals", catalogue.goals());
		model.addAttribute("organisations", members.organisations());
		model.addAttribute("publications", NewsForm.Publication.values());
		return EDIT;
	}
}
