package org.urbansdg.award;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Role;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;

/**
 * Judges, their categories, conflicts of interest and score sheets; the secretariat's progress view and ranking.
 * A judge is conflicted with a nomination when they declared it, or when an organisation they were affiliated with
 * during the cycle is the nominee's or is in the nominee's city ({@link ConflictsOfInterest}); a conflicted judge can
 * neither open nor score that nomination, and any sheet they have is left out of the ranking.
 */
@Service
@Transactional(readOnly = true)
class Judging {

	private final JudgeAssignmentRepository assignments;

	private final ConflictRepository declarations;

	private final ScoreSheetRepository sheets;

	private final NominationRepository nominations;

	private final VoteRepository votes;

	private final AwardCycles cycles;

	private final Accounts accounts;

	private final ConflictsOfInterest conflictsOfInterest;

	private final JudgeAffiliations affiliations;

	private final AwardPermissions permissions;

	private final DecisionLog log;

	private final AwardTime time;

	private final ApplicationEventPublisher events;

	Judging(JudgeAssignmentRepository assignments, ConflictRepository declarations, ScoreSheetRepository sheets,
			NominationRepository nominations, VoteRepository votes, AwardCycles cycles, Accounts accounts,
			ConflictsOfInterest conflictsOfInterest, JudgeAffiliations affiliations, AwardPermissions permissions,
			DecisionLog log, AwardTime time, ApplicationEventPublisher events) {
		this.assignments = assignments;
		this.declarations = declarations;
		this.sheets = sheets;
		this.nominations = nominations;
		this.votes = votes;
		this.cycles = cycles;
		this.accounts = accounts;
		this.conflictsOfInterest = conflictsOfInterest;
		this.affiliations = affiliations;
		this.permissions = permissions;
		this.log = log;
		this.time = time;
		this.events = events;
	}

	@Transactional
	void assign(Actor actor, long cycleId, long categoryId, long judgeUserId) {
		AwardPermissions.requireSecretariat(actor);
		AwardCycle cycle = cycles.get(cycleId);
		Category category = cycle.category(categoryId);
		if (cycle.judgingClosedAt(time.now())) {
			throw new DomainException("award.judgingClosed");
		}
		Actor judge = accounts.actor(judgeUserId).filter(AwardPermissions::isJudge)
			.orElseThrow(() -> new DomainException("award.notAJudge"));
		if (assignments.existsByCategoryIdAndUserId(categoryId, judgeUserId)) {
			throw new DomainException("award.alreadyAssigned");
		}
		try {
			assignments.saveAndFlush(new JudgeAssignment(cycleId, categoryId, judgeUserId));
		}
		catch (DataIntegrityViolationException ex) {
			throw new DomainException("award.alreadyAssigned");
		}
		affiliations.recordAtAssignment(actor, cycleId, judgeUserId);
		log.record(actor, cycleId, null, Decision.Kind.JUDGE_ASSIGNED, judge.displayName() + " → " + category.getName());
		events.publishEvent(new JudgeInvited(cycleId, categoryId, judgeUserId));
	}

	List<JudgeAssignment> assignments(long cycleId) {
		return assignments.findByCycleIdOrderByIdAsc(cycleId);
	}

	/** The judge role holders the secretariat can assign. */
	List<Accounts.Profile> judges() {
		return accounts.allUsers().stream().filter(p -> p.roles().contains(Role.JUDGE)).toList();
	}

	/** Cycles the judge is assigned to, newest first. */
	List<AwardCycle> cyclesOf(Actor judge) {
		AwardPermissions.requireJudge(judge);
		Set<Long> ids = new HashSet<>();
		assignments.findByUserIdOrderByIdAsc(judge.userId()).forEach(a -> ids.add(a.getCycleId()));
		return cycles.all().stream().filter(c -> ids.contains(c.getId())).toList();
	}

	/** What a judge sees for one nomination in their list. */
	record Task(Nomination nomination, Optional<ConflictsOfInterest.Reason> conflict, ScoreSheet sheet) {
	}

	/** The eligible nominations of the judge's categories in a cycle, with their conflicts and own sheets. */
	List<Task> tasks(Actor judge, long cycleId) {
		AwardPermissions.requireJudge(judge);
		Set<Long> categories = new HashSet<>();
		assignments.findByUserIdOrderByIdAsc(judge.userId()).stream().filter(a -> a.getCycleId() == cycleId)
			.forEach(a -> categories.add(a.getCategoryId()));
		if (categories.isEmpty()) {
			throw new NotFoundException();
		}
		List<Nomination> eligible = nominations.findByCycleIdAndCategoryIdInOrderByIdAsc(cycleId, categories).stream()
			.filter(Nomination::isEligible).toList();
		ConflictsOfInterest.Lookup conflicts = conflictsOfInterest.in(cycleId, List.of(judge.userId()),
				eligible.stream().map(Nomination::getId).toList());
		List<Task> tasks = new ArrayList<>();
		for (Nomination n : eligible) {
			tasks.add(new Task(n, conflicts.of(judge.userId(), n),
					sheets.findByNominationIdAndUserId(n.getId(), judge.userId()).orElse(null)));
		}
		return tasks;
	}

	/**
	 * The nomination a judge is about to score, checked: the judge is assigned to its category, not conflicted, and
	 * it is eligible. Other ids answer with a message, not the nomination.
	 */
	Nomination toScore(Actor judge, long nominationId) {
		AwardPermissions.requireJudge(judge);
		Nomination n = nominations.findById(nominationId).orElseThrow(() -> new DomainException("award.notAssigned"));
		if (!permissions.isAssigned(judge, n)) {
			throw new DomainException("award.notAssigned");
		}
		if (!n.isEligible()) {
			throw new DomainException("award.notEligible");
		}
		if (conflict(judge, n).isPresent()) {
			throw new DomainException("award.conflicted");
		}
		return n;
	}

	Optional<ScoreSheet> sheet(Actor judge, long nominationId) {
		return sheets.findByNominationIdAndUserId(nominationId, judge.userId());
	}

	/**
	 * Saves the judge's scores (and submits them if asked); refused outside the judging window, for a conflicted or
	 * unassigned judge, for scores out of range and after submission.
	 */
	@Transactional
	void score(Actor judge, long nominationId, Map<Long, Integer> scores, String comment, boolean recommend,
			String rationale, boolean submit) {
		Nomination n = toScore(judge, nominationId);
		AwardCycle cycle = cycles.get(n.getCycleId());
		cycle.requireJudgingOpen(time.now());
		if (comment != null && comment.length() > 4000 || rationale != null && rationale.length() > 2000) {
			throw new DomainException("award.textTooLong");
		}
		ScoreSheet sheet = sheets.findByNominationIdAndUserId(nominationId, judge.userId())
			.orElseGet(() -> new ScoreSheet(nominationId, judge.userId()));
		sheet.save(cycle.getCriteria(), scores, comment, recommend, rationale, time.now());
		if (submit) {
			sheet.submit(cycle.getCriteria(), time.now());
		}
		sheets.save(sheet);
	}

	/** A judge declares a conflict; from then on they cannot score the nomination, and an unsent sheet is discarded. */
	@Transactional
	void declareConflict(Actor judge, long nominationId, String reason) {
		AwardPermissions.requireJudge(judge);
		Nomination n = nominations.findById(nominationId).orElseThrow(() -> new DomainException("award.notAssigned"));
		if (!permissions.isAssigned(judge, n)) {
			throw new DomainException("award.notAssigned");
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new DomainException("award.reasonRequired");
		}
		if (declarations.findByNominationIdAndUserId(nominationId, judge.userId()).isPresent()) {
			return;
		}
		declarations.save(new Conflict(nominationId, judge.userId(), reason.strip(), time.now()));
		sheets.findByNominationIdAndUserId(nominationId, judge.userId()).filter(s -> !s.isSubmitted())
			.ifPresent(sheets::delete);
	}

	Optional<ConflictsOfInterest.Reason> conflict(Actor judge, Nomination n) {
		return conflictsOfInterest.of(judge.userId(), n);
	}

	/** The judges whose affiliation changed during the cycle, flagged to the secretariat. */
	List<JudgeAffiliations.Changed> affiliationChanges(Actor actor, long cycleId) {
		AwardPermissions.requireSecretariat(actor);
		return affiliations.changedIn(cycleId);
	}

	/** One judge's progress in one category. */
	record Progress(long judgeId, String judgeName, long categoryId, int toScore, int submitted, int conflicted) {

		public boolean finished() {
			return submitted >= toScore;
		}
	}

	List<Progress> progress(Actor actor, long cycleId) {
		AwardPermissions.requireSecretariat(actor);
		List<Nomination> all = nominations.findByCycleIdOrderByIdAsc(cycleId).stream().filter(Nomination::isEligible)
			.toList();
		List<JudgeAssignment> list = assignments.findByCycleIdOrderByIdAsc(cycleId);
		Map<Long, String> names = accounts.displayNames(list.stream().map(JudgeAssignment::getUserId).toList());
		ConflictsOfInterest.Lookup conflicts = conflictsOfInterest.in(cycleId,
				list.stream().map(JudgeAssignment::getUserId).toList(), all.stream().map(Nomination::getId).toList());
		Map<String, ScoreSheet> byKey = new HashMap<>();
		sheets.findByNominationIdIn(all.stream().map(Nomination::getId).toList())
			.forEach(s -> byKey.put(s.getNominationId() + ":" + s.getUserId(), s));
		List<Progress> progress = new ArrayList<>();
		for (JudgeAssignment a : list) {
			int toScore = 0;
			int submitted = 0;
			int conflicted = 0;
			for (Nomination n : all) {
				if (n.getCategoryId() != a.getCategoryId()) {
					continue;
				}
				if (conflicts.of(a.getUserId(), n).isPresent()) {
					conflicted++;
					continue;
				}
				toScore++;
				ScoreSheet s = byKey.get(n.getId() + ":" + a.getUserId());
				if (s != null && s.isSubmitted()) {
					submitted++;
				}
			}
			progress.add(new Progress(a.getUserId(), names.getOrDefault(a.getUserId(), ""), a.getCategoryId(), toScore,
					submitted, conflicted));
		}
		return progress;
	}

	/**
	 * The ranking per category, for the secretariat once judging has closed (before that, nobody sees others'
	 * scores). Only submitted sheets of judges assigned to the category and not conflicted count.
	 */
	Map<Category, List<Ranking.Line>> ranking(Actor actor, long cycleId) {
		AwardPermissions.requireSecretariat(actor);
		AwardCycle cycle = cycles.get(cycleId);
		if (!cycle.judgingClosedAt(time.now())) {
			throw new DomainException("award.rankingNotYet");
		}
		List<Nomination> eligible = nominations.findByCycleIdOrderByIdAsc(cycleId).stream()
			.filter(Nomination::isEligible).toList();
		List<ScoreSheet> counted = countedSheets(cycleId, eligible);
		Map<Long, Long> voteCounts = new HashMap<>();
		if (cycle.votingClosedAt(time.now())) {
			votes.findByCycleId(cycleId).forEach(v -> voteCounts.merge(v.getNominationId(), 1L, Long::sum));
		}
		Map<Category, List<Ranking.Line>> result = new LinkedHashMap<>();
		for (Category category : cycle.getCategories()) {
			List<Nomination> inCategory = eligible.stream().filter(n -> n.getCategoryId() == category.getId()).toList();
			result.put(category, Ranking.rank(inCategory, cycle.getCriteria(), counted, cycle.isNormaliseScores(),
					voteCounts));
		}
		return result;
	}

	/** Submitted sheets by assigned, unconflicted judges. */
	List<ScoreSheet> countedSheets(long cycleId, List<Nomination> eligible) {
		Map<Long, Nomination> byId = new HashMap<>();
		eligible.forEach(n -> byId.put(n.getId(), n));
		Set<String> assigned = new HashSet<>();
		Set<Long> judges = new HashSet<>();
		assignments.findByCycleIdOrderByIdAsc(cycleId).forEach(a -> {
			assigned.add(a.getCategoryId() + ":" + a.getUserId());
			judges.add(a.getUserId());
		});
		ConflictsOfInterest.Lookup conflicts = conflictsOfInterest.in(cycleId, judges, byId.keySet());
		return sheets.findByNominationIdIn(byId.keySet()).stream().filter(ScoreSheet::isSubmitted).filter(s -> {
			Nomination n = byId.get(s.getNominationId());
			return assigned.contains(n.getCategoryId() + ":" + s.getUserId()) && conflicts.of(s.getUserId(), n).isEmpty();
		}).toList();
	}

	/** Judges with unsubmitted work in cycles whose judging closes within the given time, each with the cycle. */
	record Reminder(long cycleId, long judgeId) {
	}

	List<Reminder> remindersDue(Duration before) {
		List<Reminder> due = new ArrayList<>();
		var now = time.now();
		for (AwardCycle cycle : cycles.all()) {
			if (cycle.getReminderSentAt() != null || !cycle.judgingOpenAt(now)
					|| now.plus(before).isBefore(cycle.getJudgingClose())) {
				continue;
			}
			Set<Long> judges = new HashSet<>();
			assignments.findByCycleIdOrderByIdAsc(cycle.getId()).forEach(a -> judges.add(a.getUserId()));
			for (long judge : judges) {
				Actor actor = accounts.actor(judge).orElse(null);
				if (AwardPermissions.isJudge(actor) && tasks(actor, cycle.getId()).stream()
					.anyMatch(t -> t.conflict().isEmpty() && (t.sheet() == null || !t.sheet().isSubmitted()))) {
					due.add(new Reminder(cycle.getId(), judge));
				}
			}
		}
		return due;
	}

	@Transactional
	void markReminded(long cycleId) {
		cycles.get(cycleId).markReminderSent(time.now());
	}
}
