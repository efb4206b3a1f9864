package org.urbansdg.cooperation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.urbansdg.PlatformTest;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo cooperation requests (the tests run with the demo profile): every stage and outcome, two published
 * replications announced to casestudy, Bangkok's case adapted from Seoul's, and nothing that blocks the browser
 * journey's fresh request from Bangkok about Ddareungi.
 */
@PlatformTest
class DemoCooperationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseStudies caseStudies;

	@Autowired
	Members members;

	/** The demo rows: those asked by the demo accounts. */
	static final String DEMO = " from cooperation_request r join app_user u on u.id = r.requested_by"
			+ " where u.email like '%@demo.urbansdg.org'";

	long demo(String condition) {
		return jdbc.queryForObject("select count(*)" + DEMO + " and " + condition, Long.class);
	}

	@Test
	void atLeastEightRequestsAtEveryStageAndWithEveryOutcome() {
		assertThat(demo("true")).isGreaterThanOrEqualTo(8);
		for (RequestStatus status : RequestStatus.values()) {
			assertThat(demo("r.status = '" + status + "'")).as(status.name()).isPositive();
		}
		for (Outcome outcome : Outcome.values()) {
			assertThat(demo("r.outcome = '" + outcome + "'")).as(outcome.name()).isPositive();
		}
		assertThat(demo("r.status = 'REQUESTED' and r.requested_at < now() - interval '14 days'"))
			.as("an overdue request for the pipeline").isPositive();
	}

	@Test
	void remindersAlreadyDueAreMarkedAsSentSoTheFirstRunMailsNothingOld() {
		assertThat(demo("r.status = 'REQUESTED' and r.requested_at < now() - interval '14 days'"
				+ " and r.overdue_reminded_at is null")).as("overdue, never reminded").isZero();
		assertThat(demo("r.status = 'CLOSED' and r.outcome <> 'NOT_PURSUED' and r.closed_at < now() - interval '6 months'"
				+ " and r.reminded_6m_at is null")).as("six months, never reminded").isZero();
	}

	@Test
	void twoReplicationsArePublishedWithBothConsentsAndAnnouncedAndOneLinksBangkoksOwnCase() {
		assertThat(demo("r.outcome in ('REPLICATED', 'ADAPTED') and r.owner_agreed_to_publish_at is not null"
				+ " and r.requester_agreed_to_publish_at is not null and r.taken_up_announced_at is not null"))
			.isEqualTo(2);
		long cheonggyecheon = caseStudies
			.publishedIdByTitle("Restoring the Cheonggyecheon: from elevated expressway to urban stream").orElseThrow();
		long khlongOngAng = caseStudies
			.publishedIdByTitle("Khlong Ong Ang: a covered canal reopened as a public walkway").orElseThrow();
		Map<String, Object> adapted = jdbc.queryForMap(
				"select outcome, adapted_case_study_id from cooperation_request where case_study_id = ?", cheonggyecheon);
		assertThat(adapted).containsEntry("outcome", "ADAPTED").containsEntry("adapted_case_study_id", khlongOngAng);
		assertThat(caseStudies.publishedContent(khlongOngAng).orElseThrow().organisationId())
			.isEqualTo(members.organisationNamed("Bangkok Metropolitan Administration").orElseThrow().getId());
	}

	@Test
	void bangkokHasNoRequestAboutDdareungiSoTheJourneyStartsFresh() {
		long ddareungi = caseStudies.publishedIdByTitle("Ddareungi: a public bicycle system for a city of ten million")
			.orElseThrow();
		List<Long> requests = jdbc.queryForList(
				"select r.id" + DEMO + " and r.case_study_id = ?", Long.class, ddareungi);
		assertThat(requests).isEmpty();
	}
}
