package org.urbansdg.award;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.Actor;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.RichText;

/** A judge's pages: their cycles, the nominations to score, one score sheet, declaring a conflict. */
@Controller
class JudgingController {

	static final String CYCLES = "award/judging";

	static final String TASKS = "award/judging-cycle";

	static final String SHEET = "award/score";

	private final Judging judging;

	private final Nominations nominations;

	private final AwardCycles cycles;

	private final RichText richText;

	private final AwardTime time;

	JudgingController(Judging judging, Nominations nominations, AwardCycles cycles, RichText richText, AwardTime time) {
		this.judging = judging;
		this.nominations = nominations;
		this.cycles = cycles;
		this.richText = richText;
		this.time = time;
	}

	@GetMapping("/judging")
	String cycles(Actor actor, Model model) {
		model.addAttribute("cycles", judging.cyclesOf(actor));
		return CYCLES;
	}

	@GetMapping("/judging/{cycleId}")
	String tasks(@PathVariable long cycleId, Actor actor, Model model) {
		nominations.freezeIfDue(cycleId);
		AwardCycle cycle = cycles.get(cycleId);
		Map<Long, String> categories = new HashMap<>();
		cycle.getCategories().forEach(c -> categories.put(c.getId(), c.getName()));
		model.addAttribute("cycle", cycle);
		model.addAttribute("tasks", judging.tasks(actor, cycleId));
		model.addAttribute("categoryNames", categories);
		model.addAttribute("open", cycle.judgingOpenAt(time.now()));
		return TASKS;
	}

	@GetMapping("/judging/nominations/{nominationId}")
	String sheet(@PathVariable long nominationId, Actor actor, Model model) {
		Nomination n = judging.toScore(actor, nominationId);
		nominations.freezeIfDue(n.getCycleId());
		ScoreSheet sheet = judging.sheet(actor, nominationId).orElse(null);
		Map<Long, String> entered = new HashMap<>();
		if (sheet != null) {
			sheet.getScores().forEach((k, v) -> entered.put(k, String.valueOf(v)));
		}
		fill(model, nominations.get(nominationId), sheet, entered, sheet == null ? null : sheet.getComment(),
				sheet != null && sheet.isRecommend(), sheet == null ? null : sheet.getRationale(), null);
		return SHEET;
	}

	private void fill(Model model, Nomination n, ScoreSheet sheet, Map<Long, String> entered, String comment,
			boolean recommend, String rationale, String error) {
		AwardCycle cycle = cycles.get(n.getCycleId());
		model.addAttribute("n", n);
		model.addAttribute("cycle", cycle);
		model.addAttribute("category", cycle.category(n.getCategoryId()));
		model.addAttribute("bodyHtml", richText.html(n.getSnapshotBody()));
		model.addAttribute("sheet", sheet);
		model.addAttribute("entered", entered);
		model.addAttribute("comment", comment);
		model.addAttribute("recommend", recommend);
		model.addAttribute("rationale", rationale);
		model.addAttribute("error", error);
		model.addAttribute("open", cycle.judgingOpenAt(time.now()));
	}

	/**
	 * Saves or submits the sheet. Scores come as {@code score-<criterion id>}; a refusal shows the form again with
	 * what the judge typed and the reason, and changes nothing.
	 */
	@PostMapping("/judging/nominations/{nominationId}")
	String score(@PathVariable long nominationId, Actor actor, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(required = false) String comment, @RequestParam(defaultValue = "false") boolean recommend,
			@RequestParam(required = false) String rationale, @RequestParam(defaultValue = "save") String action,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Nomination n = judging.toScore(actor, nominationId);
		Map<Long, String> entered = new HashMap<>();
		params.forEach((key, values) -> {
			if (key.startsWith("score-") && !values.isEmpty()) {
				try {
					entered.put(Long.parseLong(key.substring(6)), values.get(0).strip());
				}
				catch (NumberFormatException ex) {
					// A field name nobody's form has: ignored, like any unknown field.
				}
			}
		});
		try {
			Map<Long, Integer> scores = new HashMap<>();
			for (Map.Entry<Long, String> e : entered.entrySet()) {
				if (e.getValue().isEmpty()) {
					scores.put(e.getKey(), null);
					continue;
				}
				try {
					scores.put(e.getKey(), Integer.valueOf(e.getValue()));
				}
				catch (NumberFormatException ex) {
					throw new DomainException("award.scoreOutOfRange", Criterion.MIN_SCORE, Criterion.MAX_SCORE);
				}
			}
			judging.score(actor, nominationId, scores, comment, recommend, rationale, "submit".equals(action));
		}
		catch (DomainException ex) {
			response.setStatus(422);
			fill(model, n, judging.sheet(actor, nominationId).orElse(null), entered, comment, recommend, rationale,
					ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return SHEET;
		}
		redirect.addFlashAttribute("flash", "submit".equals(action) ? "award.submitted" : "award.saved");
		return "submit".equals(action) ? "redirect:/judging/" + n.getCycleId()
				: "redirect:/judging/nominations/" + nominationId;
	}

	@PostMapping("/judging/nominations/{nominationId}/conflict")
	String conflict(@PathVariable long nominationId, Actor actor, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		judging.declareConflict(actor, nominationId, reason);
		redirect.addFlashAttribute("flash", "award.conflictDeclared");
		return "redirect:/judging/" + nominations.get(nominationId).getCycleId();
	}

	static List<Integer> range() {
		return java.util.stream.IntStream.rangeClosed(Criterion.MIN_SCORE, Criterion.MAX_SCORE).boxed().toList();
	}
}
