package org.urbansdg.casestudy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.casestudy.PracticeTakenUp.Uptake;

/**
 * Reading the practices other cities took up ({@link PracticeTakenUp}, recorded by {@link CaseUptakes}): the cities
 * on a case's page, and the public figures other modules show (the cooperation module's numbers page). Every uptake
 * here is public: it is announced only once both organisations agreed to publish it.
 */
@Service
@Transactional(readOnly = true)
public class Replications {

	/** The most cities listed on a case page. */
	static final int SHOWN = 100;

	private final JdbcClient jdbc;

	Replications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A city that replicated or adapted a case, and its own public cases about it. */
	public record CityUptake(String place, String countryCode, Long cityId, boolean adapted, List<OwnCase> ownCases) {
	}

	public record OwnCase(long id, String title) {
	}

	/**
	 * The cities that took up this case, each once, in the order they closed their cooperation; read only when the
	 * case's count (part of its own query) says there are some, so most case pages spend no query on them.
	 */
	List<CityUptake> cities(CaseStudy c) {
		if (c.getReplications() == 0) {
			return List.of();
		}
		record Row(String key, String place, String country, Long cityId, Uptake uptake, Long caseId, String title) {
		}
		List<Row> rows = jdbc.sql("""
				select u.place_key, coalesce(u.city_name, u.organisation_name), u.country_code, u.city_id, u.uptake,
				    s.id, s.title
				from case_uptake u
				left join case_study s on s.id = u.adapted_case_id and s.status in ('PUBLISHED', 'ARCHIVED')
				where u.case_id = :case
				order by u.closed_on nulls last, u.cooperation_id
				limit :limit""")
			.param("case", c.getId())
			.param("limit", SHOWN * 2)
			.query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class),
					Uptake.valueOf(rs.getString(5)), rs.getObject(6, Long.class), rs.getString(7)))
			.list();
		Map<String, CityUptake> byPlace = new LinkedHashMap<>();
		for (Row row : rows) {
			CityUptake city = byPlace.computeIfAbsent(row.key(),
					k -> new CityUptake(row.place(), row.country(), row.cityId(), false, new ArrayList<>()));
			if (row.uptake() == Uptake.ADAPTED && !city.adapted()) {
				city = new CityUptake(city.place(), city.countryCode(), city.cityId(), true, city.ownCases());
				byPlace.put(row.key(), city);
			}
			if (row.caseId() != null && city.ownCases().stream().noneMatch(o -> o.id() == row.caseId())) {
				city.ownCases().add(new OwnCase(row.caseId(), row.title()));
			}
		}
		return byPlace.values().stream().limit(SHOWN).toList();
	}

	/**
	 * Replications and adaptations by goal: each counted once for every goal of the public case taken up (a case on
	 * two goals counts for both), in goal order; goals without any are left out.
	 */
	public Map<Integer, Long> byGoal() {
		Map<Integer, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select t.goal_number, count(distinct u.cooperation_id)
				from case_uptake u
				join case_study s on s.id = u.case_id and s.status in ('PUBLISHED', 'ARCHIVED')
				join case_study_target ct on ct.case_study_id = s.id
				join sdg_target t on t.code = ct.target_code
				group by t.goal_number
				order by t.goal_number""")
			.query((rs, i) -> counts.put(rs.getInt(1), rs.getLong(2)))
			.list();
		return counts;
	}

	/** Replications and adaptations by the country of the city that took the practice up, most first. */
	public Map<String, Long> byCountry() {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select u.country_code, count(*)
				from case_uptake u
				join case_study s on s.id = u.case_id and s.status in ('PUBLISHED', 'ARCHIVED')
				group by u.country_code
				order by count(*) desc, u.country_code""")
			.query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counts;
	}
}
