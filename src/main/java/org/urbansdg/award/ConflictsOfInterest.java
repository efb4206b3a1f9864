package org.urbansdg.award;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Whether a judge is conflicted with a nomination: they declared it, or an organisation they were affiliated with
 * during the cycle is the nominee's or is in the nominee's city. "Affiliated during the cycle" is every affiliation
 * recorded since assignment ({@link JudgeAffiliations}) and, until the results are published, the current one too
 * (so a change counts even before its event is delivered).
 */
@Component
class ConflictsOfInterest {

	/** Why a judge may not judge a nomination. */
	enum Reason {
		DECLARED, SAME_ORGANISATION, SAME_CITY
	}

	private final ConflictRepository declared;

	private final JudgeAffiliations affiliations;

	private final AwardCycles cycles;

	ConflictsOfInterest(ConflictRepository declared, JudgeAffiliations affiliations, AwardCycles cycles) {
		this.declared = declared;
		this.affiliations = affiliations;
		this.cycles = cycles;
	}

	/** The conflicts between some judges and some nominations of one cycle, read at once. */
	static final class Lookup {

		private final Set<String> declared;

		private final Map<Long, Set<Long>> organisations;

		private final Map<Long, Set<Long>> cities;

		private Lookup(Set<String> declared, Map<Long, Set<Long>> organisations, Map<Long, Set<Long>> cities) {
			this.declared = declared;
			this.organisations = organisations;
			this.cities = cities;
		}

		Optional<Reason> of(long judgeId, Nomination n) {
			if (declared.contains(n.getId() + ":" + judgeId)) {
				return Optional.of(Reason.DECLARED);
			}
			if (organisations.getOrDefault(judgeId, Set.of()).contains(n.getOrganisationId())) {
				return Optional.of(Reason.SAME_ORGANISATION);
			}
			if (n.getCityId() != null && cities.getOrDefault(judgeId, Set.of()).contains(n.getCityId())) {
				return Optional.of(Reason.SAME_CITY);
			}
			return Optional.empty();
		}
	}

	Lookup in(long cycleId, Collection<Long> judgeIds, Collection<Long> nominationIds) {
		Set<Long> judges = Set.copyOf(judgeIds);
		Set<String> keys = new HashSet<>();
		declared.findByNominationIdIn(nominationIds).forEach(c -> keys.add(c.getNominationId() + ":" + c.getUserId()));
		Map<Long, Set<Long>> organisations = new HashMap<>();
		Map<Long, Set<Long>> cities = new HashMap<>();
		for (JudgeAffiliation r : affiliations.recorded(cycleId)) {
			if (judges.contains(r.getUserId())) {
				add(organisations, r.getUserId(), r.getOrganisationId());
				add(cities, r.getUserId(), r.getCityId());
			}
		}
		if (!cycles.get(cycleId).isResultsPublished()) {
			for (long judge : judges) {
				JudgeAffiliations.Tie now = affiliations.current(judge);
				add(organisations, judge, now.organisationId());
				add(cities, judge, now.cityId());
			}
		}
		return new Lookup(keys, organisations, cities);
	}

	Optional<Reason> of(long judgeId, Nomination n) {
		return in(n.getCycleId(), List.of(judgeId), List.of(n.getId())).of(judgeId, n);
	}

	private static void add(Map<Long, Set<Long>> map, long judge, Long id) {
		if (id != null) {
			map.computeIfAbsent(judge, k -> new HashSet<>()).add(id);
		}
	}
}
