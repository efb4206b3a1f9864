package org.urbansdg.award;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Affiliation;
import org.urbansdg.account.AffiliationChanged;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;

/**
 * Remembers the organisations a judge was affiliated with during a cycle: at assignment, and at every change (from
 * account's {@link AffiliationChanged}) until the cycle's results are published. A change after assignment is
 * written to the decision log and flags the judge to the secretariat; conflicts of interest count every record, so
 * clearing or changing the organisation on the profile lifts none.
 */
@Component
class JudgeAffiliations {

	/** Shown in the decision log for "no organisation". */
	private static final String NONE_NAMED = "—";

	private final JudgeAffiliationRepository records;

	private final JudgeAssignmentRepository assignments;

	private final AwardCycles cycles;

	private final Accounts accounts;

	private final Members members;

	private final DecisionLog log;

	private final AwardTime time;

	JudgeAffiliations(JudgeAffiliationRepository records, JudgeAssignmentRepository assignments, AwardCycles cycles,
			Accounts accounts, Members members, DecisionLog log, AwardTime time) {
		this.records = records;
		this.assignments = assignments;
		this.cycles = cycles;
		this.accounts = accounts;
		this.members = members;
		this.log = log;
		this.time = time;
	}

	/**
	 * A judge's tie to an organisation and its city: the organisation named on the profile, confirmed or still
	 * requested (a claimed tie is a tie for conflicts of interest), not one that refused them.
	 */
	record Tie(Long organisationId, Long cityId) {

		static final Tie NONE = new Tie(null, null);
	}

	Tie current(long userId) {
		Accounts.Profile profile = accounts.profile(userId);
		return tie(profile.organisationId(), profile.affiliation());
	}

	private Tie tie(Long organisationId, Affiliation affiliation) {
		if (organisationId == null || !(affiliation == Affiliation.REQUESTED || affiliation == Affiliation.CONFIRMED)) {
			return Tie.NONE;
		}
		Long city = members.organisation(organisationId).map(Organisation::getCity).map(c -> c.getId()).orElse(null);
		return new Tie(organisationId, city);
	}

	/** Records the judge's affiliation when the secretariat assigns them, unless it is the one already recorded. */
	@Transactional(propagation = Propagation.MANDATORY)
	void recordAtAssignment(Actor secretariat, long cycleId, long userId) {
		note(secretariat, cycleId, userId, current(userId), false);
	}

	/** A judge's affiliation changed: recorded in every cycle they judge whose results are not yet published. */
	@ApplicationModuleListener
	void on(AffiliationChanged event) {
		Set<Long> cycleIds = new LinkedHashSet<>();
		assignments.findByUserIdOrderByIdAsc(event.userId()).forEach(a -> cycleIds.add(a.getCycleId()));
		if (cycleIds.isEmpty()) {
			return;
		}
		// The organisation the event names, not the profile as it is now: each one named in turn is recorded, even
		// when changes follow each other faster than they are delivered.
		Tie tie = tie(event.organisationId(), event.affiliation());
		Actor by = accounts.actor(event.changedBy()).or(() -> accounts.actor(event.userId())).orElseThrow();
		for (long cycleId : cycleIds) {
			if (!cycles.get(cycleId).isResultsPublished()) {
				note(by, cycleId, event.userId(), tie, true);
			}
		}
	}

	private void note(Actor by, long cycleId, long userId, Tie tie, boolean onChange) {
		List<JudgeAffiliation> earlier = records.findByCycleIdAndUserIdOrderByIdAsc(cycleId, userId);
		JudgeAffiliation last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
		if (last != null && last.sameAs(tie.organisationId(), tie.cityId())) {
			return;
		}
		boolean changed = last != null || onChange;
		records.save(new JudgeAffiliation(cycleId, userId, tie.organisationId(), tie.cityId(), time.now(), changed));
		if (changed) {
			String judge = accounts.displayNames(List.of(userId)).getOrDefault(userId, "");
			log.record(by, cycleId, null, Decision.Kind.JUDGE_AFFILIATION_CHANGED, judge + ": "
					+ name(last == null ? null : last.getOrganisationId()) + " → " + name(tie.organisationId()));
		}
	}

	private String name(Long organisationId) {
		return organisationId == null ? NONE_NAMED
				: members.organisation(organisationId).map(Organisation::getName).orElse(NONE_NAMED);
	}

	/** Every affiliation recorded for the cycle's judges. */
	List<JudgeAffiliation> recorded(long cycleId) {
		return records.findByCycleIdOrderByIdAsc(cycleId);
	}

	/** One affiliation in a judge's history; {@code organisation} is {@code null} for none. */
	record Entry(String organisation, Instant recordedAt) {
	}

	/** A judge whose affiliation changed during the cycle, with every affiliation recorded, oldest first. */
	record Changed(long judgeId, String judgeName, List<Entry> history) {
	}

	/** The judges whose affiliation changed during the cycle, for the secretariat. */
	List<Changed> changedIn(long cycleId) {
		Map<Long, List<JudgeAffiliation>> byJudge = new LinkedHashMap<>();
		recorded(cycleId).forEach(r -> byJudge.computeIfAbsent(r.getUserId(), k -> new ArrayList<>()).add(r));
		byJudge.values().removeIf(list -> list.stream().noneMatch(JudgeAffiliation::isChanged));
		Map<Long, String> names = accounts.displayNames(byJudge.keySet());
		List<Changed> changed = new ArrayList<>();
		byJudge.forEach((judge, list) -> changed.add(new Changed(judge, names.getOrDefault(judge, ""),
				list.stream().map(r -> new Entry(r.getOrganisationId() == null ? null : name(r.getOrganisationId()),
						r.getRecordedAt())).toList())));
		return changed;
	}
}
