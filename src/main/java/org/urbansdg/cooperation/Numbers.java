package org.urbansdg.cooperation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.urbansdg.casestudy.Replications;

/**
 * "Cooperation in numbers", the public page: counts only, never a name, a text or a figure the cities wrote.
 * Requests, acceptances and completions per year count every request; replications (outcomes "replicated" and
 * "adapted") count only the outcomes both organisations agreed to publish, by the goals of the original practice and
 * by the country of the city that took it up. Those are read from casestudy's {@link Replications}, which records
 * exactly the announced (so agreed) outcomes: one count of them, shared with the case pages.
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

	private final JdbcTemplate jdbc;

	private final Replications replications;

	Numbers(JdbcTemplate jdbc, Replications replications) {
		this.jdbc = jdbc;
		this.replications = replications;
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
		Map<Integer, Long> byGoal = replications.byGoal();
		Map<String, Long> byCountry = replications.byCountry();
		return new Summary(years, median == null ? null : Math.round(median * 10) / 10.0,
				byCountry.values().stream().mapToLong(Long::longValue).sum(),
				byGoal.entrySet().stream().map(e -> new GoalCount(e.getKey(), e.getValue()))
					.sorted(Comparator.comparingLong(GoalCount::replications).reversed()).toList(),
				byCountry.entrySet().stream().map(e -> new Count(e.getKey() == null ? "" : e.getKey(), e.getValue()))
					.sorted(Comparator.comparingLong(Count::replications).reversed()).toList());
	}
}
