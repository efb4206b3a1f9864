package org.urbansdg.award;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.Actor;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.member.Members;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;
import org.urbansdg.shared.RichText;

/** The public cycle pages and results, nominating, a nomination's page and the members' vote. */
@Controller
class AwardController {

	static final String CYCLES = "award/cycles";

	static final String CYCLE = "award/cycle";

	static final String NOMINATION = "award/nomination";

	static final String RESULTS = "award/results";

	private final AwardCycles cycles;

	private final Nominations nominations;

	private final MembersChoice votes;

	private final AwardResults results;

	private final Judging judging;

	private final CaseStudies cases;

	private final Members members;

	private final RichText richText;

	private final AwardPermissions permissions;

	private final AwardTime time;

	AwardController(AwardCycles cycles, Nominations nominations, MembersChoice votes, AwardResults results,
			Judging judging, CaseStudies cases, Members members, RichText richText, AwardPermissions permissions,
			AwardTime time) {
		this.cycles = cycles;
		this.nominations = nominations;
		this.votes = votes;
		this.results = results;
		this.judging = judging;
		this.cases = cases;
		this.members = members;
		this.richText = richText;
		this.permissions = permissions;
		this.time = time;
	}

	@GetMapping("/awards")
	String list(Model model) {
		Instant now = time.now();
		Map<Long, AwardCycle.Phase> phases = new HashMap<>();
		cycles.all().forEach(c -> phases.put(c.getId(), c.phase(now)));
		model.addAttribute("cycles", cycles.all());
		model.addAttribute("phases", phases);
		return CYCLES;
	}

	@GetMapping("/awards/{id}")
	String cycle(@PathVariable long id, Actor actor, Model model) {
		AwardCycle cycle = cycles.get(id);
		show(cycle, actor, model, null, null, null, null);
		return CYCLE;
	}

	private void show(AwardCycle cycle, Actor actor, Model model, String error, Long caseId, Long categoryId,
			String statement) {
		Instant now = time.now();
		model.addAttribute("cycle", cycle);
		model.addAttribute("phase", cycle.phase(now));
		model.addAttribute("descriptionHtml", richText.html(cycle.getDescription()));
		boolean canNominate = AwardPermissions.mayNominate(actor) && cycle.nominationsOpenAt(now);
		model.addAttribute("canNominate", canNominate);
		model.addAttribute("nominatable", canNominate ? cases.publishedOf(actor.organisationId()) : List.of());
		model.addAttribute("inReview", canNominate ? cases.unpublishedOf(actor.organisationId()) : List.of());
		model.addAttribute("mine", actor == null ? List.of() : nominations.ofOrganisation(cycle.getId(), actor.organisationId()));
		model.addAttribute("error", error);
		model.addAttribute("chosenCase", caseId);
		model.addAttribute("chosenCategory", categoryId);
		model.addAttribute("statement", statement);
		model.addAttribute("maxFiles", Nominations.MAX_FILES);
		boolean voting = cycle.votingOpenAt(now);
		model.addAttribute("voting", voting);
		if (voting) {
			Map<Category, List<Nomination>> ballot = new LinkedHashMap<>();
			List<Nomination> eligible = nominations.eligible(cycle.getId());
			cycle.getCategories().forEach(c -> ballot.put(c,
					eligible.stream().filter(n -> n.getCategoryId() == c.getId()).toList()));
			model.addAttribute("ballot", ballot);
			model.addAttribute("myVotes", votes.votesOf(actor, cycle.getId()));
			model.addAttribute("canVote", AwardPermissions.isVoter(actor));
		}
	}

	@PostMapping("/awards/{id}/nominations")
	String nominate(@PathVariable long id, Actor actor, @RequestParam(required = false) Long caseId,
			@RequestParam(required = false) Long categoryId, @RequestParam(required = false) String statement,
			@RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, Model model,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
		AwardCycle cycle = cycles.get(id);
		try {
			if (caseId == null || categoryId == null) {
				throw new DomainException("award.chooseCaseAndCategory");
			}
			long nomination = nominations.nominate(actor, id, caseId, categoryId, statement, evidence);
			redirect.addFlashAttribute("flash", "award.nominated");
			return "redirect:/awards/nominations/" + nomination;
		}
		catch (DomainException ex) {
			response.setStatus(422);
			show(cycle, actor, model, ex.messageKey(), caseId, categoryId, statement);
			model.addAttribute("errorArguments", ex.arguments());
			return CYCLE;
		}
	}

	@GetMapping("/awards/nominations/{nominationId}")
	String nomination(@PathVariable long nominationId, Actor actor, Model model) {
		Nomination n = nominations.visible(actor, nominationId);
		nominations.freezeIfDue(n.getCycleId());
		n = nominations.get(nominationId);
		AwardCycle cycle = cycles.get(n.getCycleId());
		model.addAttribute("n", n);
		model.addAttribute("cycle", cycle);
		model.addAttribute("category", cycle.category(n.getCategoryId()));
		model.addAttribute("organisation", members.organisation(n.getOrganisationId()).map(o -> o.getName()).orElse(""));
		model.addAttribute("bodyHtml", richText.html(n.getSnapshotBody()));
		model.addAttribute("evidence",
				permissions.mayReadEvidence(actor, n) ? nominations.evidenceOf(n.getId()) : List.of());
		model.addAttribute("ownOrSecretariat", AwardPermissions.isNomineeOrSecretariat(actor, n));
		return NOMINATION;
	}

	@GetMapping("/awards/nominations/{nominationId}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidence(@PathVariable long nominationId, @PathVariable long evidenceId, Actor actor) {
		Evidence e = nominations.evidence(actor, nominationId, evidenceId).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(e.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(e.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(e.getContent());
	}

	@PostMapping("/awards/nominations/{nominationId}/vote")
	String vote(@PathVariable long nominationId, Actor actor, RedirectAttributes redirect) {
		votes.vote(actor, nominationId);
		redirect.addFlashAttribute("flash", "award.voted");
		return "redirect:/awards/" + nominations.get(nominationId).getCycleId() + "#voting";
	}

	@GetMapping("/awards/{id}/results")
	String results(@PathVariable long id, Model model) {
		AwardCycle cycle = cycles.get(id);
		List<Nomination> listed = results.published(id);
		Map<Category, List<Nomination>> byCategory = new LinkedHashMap<>();
		cycle.getCategories().forEach(c -> byCategory.put(c,
				listed.stream().filter(n -> n.getCategoryId() == c.getId()).toList()));
		Map<Long, String> organisations = new HashMap<>();
		listed.forEach(n -> organisations.computeIfAbsent(n.getOrganisationId(),
				o -> members.organisation(o).map(x -> x.getName()).orElse("")));
		Map<Long, List<String>> rationales = new HashMap<>();
		judging.countedSheets(id, nominations.eligible(id)).stream()
			.filter(s -> s.isRecommend() && s.getRationale() != null)
			.forEach(s -> rationales.computeIfAbsent(s.getNominationId(), k -> new java.util.ArrayList<>()).add(s.getRationale()));
		model.addAttribute("cycle", cycle);
		model.addAttribute("results", byCategory);
		model.addAttribute("organisations", organisations);
		model.addAttribute("rationales", rationales);
		model.addAttribute("voteTotals", votes.totals(id).orElse(Map.of()));
		return RESULTS;
	}
}
