package org.urbansdg.award;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

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
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.member.Members;
import org.urbansdg.shared.Csv;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.RateLimit;
import org.urbansdg.shared.RateLimits;

/** The secretariat's pages of a cycle: creation, screening, judges and progress, ranking, outcomes, exports, log. */
@Controller
class AwardAdminController {

	static final String CYCLES = "award/admin-cycles";

	static final String NEW = "award/admin-new";

	static final String CYCLE = "award/admin-cycle";

	private final AwardCycles cycles;

	private final Nominations nominations;

	private final Judging judging;

	private final MembersChoice votes;

	private final AwardResults results;

	private final DecisionLog log;

	private final Accounts accounts;

	private final Members members;

	private final AwardTime time;

	private final RateLimits limits;

	AwardAdminController(AwardCycles cycles, Nominations nominations, Judging judging, MembersChoice votes,
			AwardResults results, DecisionLog log, Accounts accounts, Members members, AwardTime time,
			RateLimits limits) {
		this.cycles = cycles;
		this.limits = limits;
		this.nominations = nominations;
		this.judging = judging;
		this.votes = votes;
		this.results = results;
		this.log = log;
		this.accounts = accounts;
		this.members = members;
		this.time = time;
	}

	@GetMapping("/admin/awards")
	String list(Model model) {
		model.addAttribute("cycles", cycles.all());
		model.addAttribute("now", time.now());
		return CYCLES;
	}

	@GetMapping("/admin/awards/new")
	String newCycle(Model model) {
		model.addAttribute("form", CycleForm.empty());
		model.addAttribute("zones", zones());
		return NEW;
	}

	@PostMapping("/admin/awards")
	String create(@Valid @ModelAttribute("form") CycleForm form, BindingResult errors, Actor actor, Model model) {
		ZoneId zone = null;
		if (form.timeZone() != null && !errors.hasFieldErrors("timeZone")) {
			try {
				zone = ZoneId.of(form.timeZone());
			}
			catch (DateTimeException ex) {
				errors.rejectValue("timeZone", "award.form.badZone");
			}
		}
		Map<String, Instant> at = new HashMap<>();
		Map<String, String> typed = new java.util.LinkedHashMap<>();
		typed.put("nominationsOpen", form.nominationsOpen());
		typed.put("nominationsClose", form.nominationsClose());
		typed.put("screeningClose", form.screeningClose());
		typed.put("votingOpen", form.votingOpen());
		typed.put("votingClose", form.votingClose());
		typed.put("judgingOpen", form.judgingOpen());
		typed.put("judgingClose", form.judgingClose());
		typed.put("resultsAt", form.resultsAt());
		for (Map.Entry<String, String> entry : typed.entrySet()) {
			String field = entry.getKey();
			String value = entry.getValue();
			if (errors.hasFieldErrors(field) || zone == null || value == null) {
				continue;
			}
			try {
				at.put(field, LocalDateTime.parse(value).atZone(zone).toInstant());
			}
			catch (DateTimeException ex) {
				errors.rejectValue(field, "award.form.badDate");
			}
		}
		form.checkLines(errors);
		List<String> categories = CycleForm.lines(form.categories());
		if (categories.size() > 20) {
			errors.rejectValue("categories", "award.form.tooManyCategories");
		}
		AwardCycle.Timeline timeline = null;
		if (!errors.hasErrors()) {
			try {
				timeline = new AwardCycle.Timeline(at.get("nominationsOpen"), at.get("nominationsClose"),
						at.get("screeningClose"), at.get("votingOpen"), at.get("votingClose"), at.get("judgingOpen"),
						at.get("judgingClose"), at.get("resultsAt"));
			}
			catch (DomainException ex) {
				errors.reject(ex.messageKey());
			}
		}
		if (!errors.hasErrors()) {
			try {
				long id = cycles.create(actor, form.name().strip(), form.year(), form.description(), form.eligibility(),
						zone, timeline, categories, CycleForm.lines(form.criteria()), form.normalise());
				return "redirect:/admin/awards/" + id;
			}
			catch (DomainException ex) {
				errors.reject(ex.messageKey());
			}
		}
		model.addAttribute("zones", zones());
		return NEW;
	}

	@GetMapping("/admin/awards/{id}")
	String cycle(@PathVariable long id, Actor actor, Model model) {
		AwardPermissions.requireSecretariat(actor);
		nominations.freezeIfDue(id);
		AwardCycle cycle = cycles.get(id);
		List<Nomination> all = nominations.ofCycle(id);
		Instant now = time.now();
		Map<Long, String> organisations = new HashMap<>();
		all.forEach(n -> organisations.computeIfAbsent(n.getOrganisationId(),
				o -> members.organisation(o).map(x -> x.getName()).orElse("")));
		Map<Long, String> categories = new HashMap<>();
		cycle.getCategories().forEach(c -> categories.put(c.getId(), c.getName()));
		List<JudgeAssignment> assignments = judging.assignments(id);
		model.addAttribute("cycle", cycle);
		model.addAttribute("phase", cycle.phase(now));
		model.addAttribute("nominations", all);
		model.addAttribute("organisations", organisations);
		model.addAttribute("categoryNames", categories);
		model.addAttribute("screening", cycle.screeningOpenAt(now));
		model.addAttribute("judges", judging.judges());
		model.addAttribute("progress", judging.progress(actor, id));
		model.addAttribute("affiliationChanges", judging.affiliationChanges(actor, id));
		model.addAttribute("judgingClosed", cycle.judgingClosedAt(now));
		model.addAttribute("ranking", cycle.judgingClosedAt(now) ? judging.ranking(actor, id) : Map.of());
		model.addAttribute("outcomes", Nomination.Outcome.values());
		model.addAttribute("deliberating", cycle.judgingClosedAt(now) && !cycle.isResultsPublished());
		model.addAttribute("canPublish", !cycle.isResultsPublished() && !now.isBefore(cycle.getResultsAt())
				&& cycle.votingClosedAt(now));
		model.addAttribute("voteTotals", votes.totals(id).orElse(null));
		model.addAttribute("decisions", log.of(id));
		model.addAttribute("assignmentCount", assignments.size());
		return CYCLE;
	}

	@PostMapping("/admin/awards/nominations/{nominationId}/screen")
	String screen(@PathVariable long nominationId, Actor actor, @RequestParam boolean eligible,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		nominations.screen(actor, nominationId, eligible, reason);
		redirect.addFlashAttribute("flash", "award.saved");
		return "redirect:/admin/awards/" + nominations.get(nominationId).getCycleId() + "#nominations";
	}

	@PostMapping("/admin/awards/nominations/{nominationId}/move")
	String move(@PathVariable long nominationId, Actor actor, @RequestParam long categoryId,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		nominations.move(actor, nominationId, categoryId, note);
		redirect.addFlashAttribute("flash", "award.saved");
		return "redirect:/admin/awards/" + nominations.get(nominationId).getCycleId() + "#nominations";
	}

	@PostMapping("/admin/awards/nominations/{nominationId}/outcome")
	String outcome(@PathVariable long nominationId, Actor actor, @RequestParam Nomination.Outcome outcome,
			RedirectAttributes redirect) {
		results.decide(actor, nominationId, outcome);
		redirect.addFlashAttribute("flash", "award.saved");
		return "redirect:/admin/awards/" + nominations.get(nominationId).getCycleId() + "#ranking";
	}

	@PostMapping("/admin/awards/{id}/judges")
	String assign(@PathVariable long id, Actor actor, @RequestParam long categoryId, @RequestParam long userId,
			RedirectAttributes redirect) {
		judging.assign(actor, id, categoryId, userId);
		redirect.addFlashAttribute("flash", "award.saved");
		return "redirect:/admin/awards/" + id + "#judges";
	}

	@PostMapping("/admin/awards/{id}/publish")
	String publish(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		results.publish(actor, id);
		redirect.addFlashAttribute("flash", "award.published");
		return "redirect:/awards/" + id + "/results";
	}

	@GetMapping("/admin/awards/{id}/nominations.csv")
	ResponseEntity<byte[]> nominationsCsv(@PathVariable long id, Actor actor) {
		limits.check(RateLimit.CSV_EXPORT);
		AwardPermissions.requireSecretariat(actor);
		AwardCycle cycle = cycles.get(id);
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(Csv.row(List.of("nomination", "case", "title", "organisation", "category", "status", "reason",
				"outcome", "nominated_at", "frozen_at", "statement")));
		for (Nomination n : nominations.ofCycle(id)) {
			csv.append(Csv.row(List.of(String.valueOf(n.getId()), String.valueOf(n.getCaseId()), n.getSnapshotTitle(),
					members.organisation(n.getOrganisationId()).map(o -> o.getName()).orElse(""),
					cycle.category(n.getCategoryId()).getName(), n.getStatus().name(),
					n.getScreeningReason() == null ? "" : n.getScreeningReason(), n.getOutcome().name(),
					n.getCreatedAt().toString(), n.getFrozenAt() == null ? "" : n.getFrozenAt().toString(),
					n.getStatement())));
		}
		return csv("nominations-" + id + ".csv", csv);
	}

	/** Every submitted sheet, one row per judge and nomination; only once judging has closed. */
	@GetMapping("/admin/awards/{id}/scores.csv")
	ResponseEntity<byte[]> scoresCsv(@PathVariable long id, Actor actor) {
		limits.check(RateLimit.CSV_EXPORT);
		AwardPermissions.requireSecretariat(actor);
		AwardCycle cycle = cycles.get(id);
		if (!cycle.judgingClosedAt(time.now())) {
			throw new DomainException("award.rankingNotYet");
		}
		List<Nomination> eligible = nominations.eligible(id);
		Map<Long, Nomination> byId = new HashMap<>();
		eligible.forEach(n -> byId.put(n.getId(), n));
		List<ScoreSheet> sheets = judging.countedSheets(id, eligible);
		Map<Long, String> names = accounts.displayNames(sheets.stream().map(ScoreSheet::getUserId).toList());
		List<String> header = new ArrayList<>(List.of("nomination", "title", "category", "judge"));
		cycle.getCriteria().forEach(c -> header.add(c.getName() + " (" + c.getWeight().stripTrailingZeros().toPlainString() + ")"));
		header.addAll(List.of("weighted_average", "recommend", "rationale", "comment", "submitted_at"));
		StringBuilder csv = new StringBuilder("\uFEFF").append(Csv.row(header));
		for (ScoreSheet s : sheets) {
			Nomination n = byId.get(s.getNominationId());
			List<String> row = new ArrayList<>(List.of(String.valueOf(n.getId()), n.getSnapshotTitle(),
					cycle.category(n.getCategoryId()).getName(), names.getOrDefault(s.getUserId(), "")));
			cycle.getCriteria().forEach(c -> row.add(String.valueOf(s.getScores().get(c.getId()))));
			row.add(Ranking.round(Ranking.total(s, cycle.getCriteria())).toPlainString());
			row.add(String.valueOf(s.isRecommend()));
			row.add(s.getRationale() == null ? "" : s.getRationale());
			row.add(s.getComment() == null ? "" : s.getComment());
			row.add(s.getSubmittedAt().toString());
			csv.append(Csv.row(row));
		}
		return csv("scores-" + id + ".csv", csv);
	}

	private static ResponseEntity<byte[]> csv(String name, StringBuilder csv) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> zones() {
		return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc")
				&& !z.startsWith("SystemV")).sorted().toList();
	}
}
