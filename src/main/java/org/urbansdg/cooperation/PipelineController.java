package org.urbansdg.cooperation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.Actor;
import org.urbansdg.member.Countries;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.shared.Csv;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.RateLimit;
import org.urbansdg.shared.RateLimits;

/**
 * The secretariat's pipeline ({@code /cooperation/pipeline}, its CSV) and its partner suggestions. The URL rule lets
 * only the secretariat in; {@link Pipeline} checks again. A filter value that is not one the page offers is ignored,
 * so a hand-edited address still shows a page.
 */
@Controller
class PipelineController {

	static final String PAGE = "cooperation/pipeline";

	static final String SUGGEST = "cooperation/pipeline-suggest";

	/** The CSV's columns: public facts and names only, nothing the cities wrote to each other. */
	static final List<String> CSV_COLUMNS = List.of("id", "requested_at", "status", "case_id", "case_title",
			"owner_organisation", "owner_country", "requesting_organisation", "requesting_country", "help", "targets",
			"answered_at", "age_days", "overdue", "outcome", "outcome_public");

	private final Pipeline pipeline;

	private final Members members;

	private final Countries countries;

	private final RateLimits limits;

	PipelineController(Pipeline pipeline, Members members, Countries countries, RateLimits limits) {
		this.pipeline = pipeline;
		this.members = members;
		this.countries = countries;
		this.limits = limits;
	}

	@GetMapping("/cooperation/pipeline")
	Object pipeline(@RequestParam(required = false) String status, @RequestParam(required = false) String country,
			@RequestParam(required = false) String goal, @RequestParam(required = false) String age,
			@RequestParam(defaultValue = "1") String page, @RequestParam(required = false) String format, Actor actor,
			Model model, Locale locale) {
		Pipeline.Filter filter = new Pipeline.Filter(status(status), country(country), goal(goal), age(age));
		if ("csv".equals(format)) {
			return csv(actor, filter);
		}
		model.addAttribute("page", pipeline.page(actor, filter, number(page) - 1));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("ages", Pipeline.AGES);
		model.addAttribute("countries", countries.codes(locale));
		model.addAttribute("answerWithin", pipeline.answerWithinDays());
		return PAGE;
	}

	private ResponseEntity<byte[]> csv(Actor actor, Pipeline.Filter filter) {
		limits.check(RateLimit.CSV_EXPORT);
		StringBuilder csv = new StringBuilder("\uFEFF").append(Csv.row(CSV_COLUMNS));
		for (Pipeline.Row r : pipeline.all(actor, filter)) {
			csv.append(Csv.row(List.of(String.valueOf(r.id()), r.requestedAt().toString(), r.status().name(),
					String.valueOf(r.caseStudyId()), r.caseTitle(), r.owner(), r.ownerCountry(), r.requester(),
					r.requesterCountry(), r.help().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")),
					r.targets().stream().sorted().collect(Collectors.joining(" ")),
					r.answeredAt() == null ? "" : r.answeredAt().toString(), String.valueOf(r.ageDays()),
					String.valueOf(r.overdue()), r.outcome() == null ? "" : r.outcome().name(),
					String.valueOf(r.outcomePublic()))));
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("cooperation-pipeline.csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** The partner the secretariat suggests: an organisation and an optional note to both parties. */
	record PartnerSuggestionForm(@NotNull Long organisationId, @Size(max = PipelineSuggestion.MAX_NOTE) String note) {
	}

	@GetMapping("/cooperation/pipeline/{id}/suggest")
	String suggestForm(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("form", new PartnerSuggestionForm(null, null));
		return suggestPage(actor, id, model);
	}

	@PostMapping("/cooperation/pipeline/{id}/suggestions")
	String suggest(@PathVariable long id, @Valid @ModelAttribute("form") PartnerSuggestionForm form, BindingResult errors,
			Actor actor, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				pipeline.suggest(actor, id, form.organisationId(), form.note());
				redirect.addFlashAttribute("flash", "pipeline.suggest.sent");
				return "redirect:/cooperation/pipeline";
			}
			catch (DomainException ex) {
				errors.reject(ex.messageKey(), ex.arguments(), null);
			}
		}
		model.addAttribute("form", form);
		return suggestPage(actor, id, model);
	}

	private String suggestPage(Actor actor, long id, Model model) {
		Pipeline.Row row = pipeline.row(actor, id);
		model.addAttribute("row", row);
		model.addAttribute("organisations", members.organisations().stream()
			.filter(o -> !o.getName().equals(row.owner()) && !o.getName().equals(row.requester()))
			.sorted(java.util.Comparator.comparing(Organisation::getName, String.CASE_INSENSITIVE_ORDER))
			.toList());
		return SUGGEST;
	}

	private static RequestStatus status(String value) {
		for (RequestStatus s : RequestStatus.values()) {
			if (s.name().equals(value)) {
				return s;
			}
		}
		return null;
	}

	private String country(String value) {
		return value != null && value.matches("[A-Z]{2}") && countries.exists(value) ? value : null;
	}

	private static Integer goal(String value) {
		Integer goal = integer(value);
		return goal != null && goal >= 1 && goal <= 17 ? goal : null;
	}

	private static Integer age(String value) {
		Integer age = integer(value);
		return age != null && Pipeline.AGES.contains(age) ? age : null;
	}

	private static int number(String value) {
		Integer n = integer(value);
		return n == null || n < 1 ? 1 : n;
	}

	private static Integer integer(String value) {
		return value != null && value.matches("\\d{1,6}") ? Integer.valueOf(value) : null;
	}
}
