package org.urbansdg.cooperation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.member.Members;

/**
 * "Cooperation in numbers", the public page: counts only, never a name, a text or a figure the cities wrote.
 * Requests, acceptances and completions per year count every request; replications (outcomes "replicated" and
 * "adapted") count only the outcomes both organisations agreed to publish, by the goals of the original practice and
 * by the country of the city that took it up. Computed here from the published outcomes (coop-uptake's
 * {@code Replications} in casestudy counts the same announcements and could serve instead once merged).
 */
@Service
class Numbers {

	private static final String PER_YEAR = """
			SELECT EXTRACT(YEAR FROM requested_at)::int AS year, COUNT(*) AS requests,
			       COUNT(*) FILTER (WHERE status IN ('ACCEPTED', 'IN_PROGRESS', 'CLOSED')) AS accepted,
			       COUNT(*) FILTER (WHERE status = 'CLOSED') AS completed
			FROM cooperation_request GROUP BY 1 ORDER BY 1 DESC""";

	/** Days from asking to the owner's answer (accepted or declined), over every answered request. */
	private static final String MEDIAN_DAYS = """
			SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM answered_at - requested_at) / 86400)
			FROM cooperation_request WHERE answered_at IS NOT NULL""";

	/** Replications both organisations agreed to publish: the original case and the country of the city taking it up. */
	private static final String PUBLIC_REPLICATIONS = """
			SELECT r.case_study_id, r.requesting_organisation_id FROM cooperation_request r
			WHERE r.status = 'CLOSED' AND r.outcome IN ('REPLICATED', 'ADAPTED')
			  AND r.owner_agreed_to_publish_at IS NOT NULL AND r.requester_agreed_to_publish_at IS NOT NULL""";

	private final JdbcTemplate jdbc;

	private final CaseStudies caseStudies;

	private final Members members;

	Numbers(JdbcTemplate jdbc, CaseStudies caseStudies, Members members) {
		this.jdbc = jdbc;
		this.caseStudies = caseStudies;
		this.members = members;
	}

	record Year(int year, long requests, long accepted, long completed) {
	}

	/** A country (ISO code, empty when not known) with its number of public replications. */
	record Count(String key, long replications) {
	}

	record GoalCount(int goal, long replications) {
	}

	/**
	 * @param medianDaysToAnswer {@code null} while no request has been answered
	 */
	record Summary(List<Year> years, Double medianDaysToAnswer, long replications, List<GoalCount> byGoal,
			List<Count> byCountry) {
	}

	Summary summary() {
		List<Year> years = jdbc.query(PER_YEAR, (rs, i) -> new Year(rs.getInt("year"), rs.getLong("requests"),
				rs.getLong("accepted"), rs.getLong("completed")));
		Double median = jdbc.queryForObject(MEDIAN_DAYS, Double.class);
		List<long[]> cases = new ArrayList<>();
		Map<String, Long> byCountry = new TreeMap<>();
		jdbc.query(PUBLIC_REPLICATIONS, rs -> {
			cases.add(new long[] { rs.getLong(1) });
			String country = members.organisation(rs.getLong(2)).map(o -> o.getCountryCode()).orElse(null);
			byCountry.merge(country == null ? "" : country, 1L, Long::sum);
		});
		Map<Long, Set<Integer>> goals = goalsOf(cases.stream().map(c -> c[0]).collect(java.util.stream.Collectors.toSet()));
		Map<Integer, Long> byGoal = new TreeMap<>();
		for (long[] c : cases) {
			goals.getOrDefault(c[0], Set.of()).forEach(goal -> byGoal.merge(goal, 1L, Long::sum));
		}
		return new Summary(years, median == null ? null : Math.round(median * 10) / 10.0, cases.size(),
				byGoal.entrySet().stream().map(e -> new GoalCount(e.getKey(), e.getValue()))
					.sorted(Comparator.comparingLong(GoalCount::replications).reversed()).toList(),
				byCountry.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()))
					.sorted(Comparator.comparingLong(Count::replications).reversed()).toList());
	}

	/** The goals of these published cases (from their targets); unpublished ones are left out. */
	private Map<Long, Set<Integer>> goalsOf(Set<Long> caseIds) {
		Map<Long, Set<Integer>> goals = new HashMap<>();
		if (caseIds.isEmpty()) {
			return goals;
		}
		caseStudies.forEachPublishedText(text -> {
			if (caseIds.contains(text.id())) {
				Set<Integer> of = goals.computeIfAbsent(text.id(), id -> new HashSet<>());
				if (text.primaryTarget() != null) {
					of.add(goal(text.primaryTarget()));
				}
				text.otherTargets().forEach(t -> of.add(goal(t)));
			}
		});
		return goals;
	}

	private static int goal(String targetCode) {
		return Integer.parseInt(targetCode.substring(0, targetCode.indexOf('.')));
	}
}
