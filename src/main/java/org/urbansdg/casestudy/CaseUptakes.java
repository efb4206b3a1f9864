package org.urbansdg.casestudy;

import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the practices other cities took up ({@link PracticeTakenUp}), after the cooperation's closing commits
 * (through the event registry, so none is lost on a crash), one row per cooperation in {@code case_uptake}: an
 * announcement repeated replaces its row. The case is then reindexed for the "taken up elsewhere" facet and the
 * "most replicated" order, which read its count ({@link CaseStudy#getReplications()}).
 */
@Component
class CaseUptakes {

	private static final Logger log = LoggerFactory.getLogger(CaseUptakes.class);

	private final CaseStudyRepository cases;

	private final JdbcClient jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	CaseUptakes(CaseStudyRepository cases, JdbcClient jdbc) {
		this.cases = cases;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(PracticeTakenUp event) {
		// Cases are never deleted; an unknown id or an incomplete announcement is logged rather than retried on every
		// restart.
		if (!cases.existsById(event.caseStudyId())) {
			log.warn("Uptake of unknown case {} by cooperation {} ignored", event.caseStudyId(), event.cooperationId());
			return;
		}
		if (event.uptake() == null || blank(event.countryCode()) || blank(event.organisationName())) {
			log.warn("Uptake of case {} by cooperation {} ignored: no uptake, country or organisation given",
					event.caseStudyId(), event.cooperationId());
			return;
		}
		Long adapted = event.adaptedCaseStudyId();
		if (adapted != null && (adapted == event.caseStudyId() || !cases.existsById(adapted))) {
			log.warn("Uptake of case {} by cooperation {}: adapted case {} unknown, recorded without it",
					event.caseStudyId(), event.cooperationId(), adapted);
			adapted = null;
		}
		Optional<Long> before = jdbc.sql("select case_id from case_uptake where cooperation_id = ?")
			.param(event.cooperationId())
			.query(Long.class)
			.optional();
		jdbc.sql("""
				insert into case_uptake (cooperation_id, case_id, organisation_id, organisation_name, city_id, city_name,
				    country_code, place_key, uptake, adapted_case_id, closed_on)
				values (:cooperation, :case, :organisation, :organisationName, :city, :cityName, :country, :place,
				    :uptake, :adapted, :closed)
				on conflict (cooperation_id) do update set case_id = excluded.case_id,
				    organisation_id = excluded.organisation_id, organisation_name = excluded.organisation_name,
				    city_id = excluded.city_id, city_name = excluded.city_name, country_code = excluded.country_code,
				    place_key = excluded.place_key, uptake = excluded.uptake, adapted_case_id = excluded.adapted_case_id,
				    closed_on = excluded.closed_on""")
			.param("cooperation", event.cooperationId())
			.param("case", event.caseStudyId())
			.param("organisation", event.organisationId())
			.param("organisationName", cut(event.organisationName(), 200))
			.param("city", event.cityId())
			.param("cityName", blank(event.cityName()) ? null : cut(event.cityName(), 120))
			.param("country", event.countryCode().strip().toUpperCase(Locale.ROOT))
			.param("place", placeKey(event))
			.param("uptake", event.uptake().name())
			.param("adapted", adapted)
			.param("closed", event.closedOn())
			.update();
		// Loaded after the write, so their counts include it; a repeat that names another case changes that one too.
		before.filter(id -> id != event.caseStudyId()).ifPresent(this::reindex);
		reindex(event.caseStudyId());
	}

	private void reindex(long caseId) {
		cases.findById(caseId).ifPresent(c -> Search.session(entityManager).indexingPlan().addOrUpdate(c));
	}

	/** Which uptakes are the same city: its id, else its name in its country, else the organisation. */
	static String placeKey(PracticeTakenUp event) {
		if (event.cityId() != null) {
			return "city:" + event.cityId();
		}
		if (!blank(event.cityName())) {
			return cut("name:" + event.countryCode().strip().toUpperCase(Locale.ROOT) + ":"
					+ event.cityName().strip().toLowerCase(Locale.ROOT), 200);
		}
		return "organisation:" + event.organisationId();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** Names come from the member tables, whose columns are no longer; cut all the same rather than fail forever. */
	private static String cut(String s, int max) {
		String stripped = s.strip();
		return stripped.length() <= max ? stripped : stripped.substring(0, max);
	}
}
