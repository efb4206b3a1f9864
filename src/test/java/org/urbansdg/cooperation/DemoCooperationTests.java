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
 * journey's fresh request from Bangkok about Ddareungi; dated threads and milestones where the work went on.
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

	/** The demo request Bangkok made about the case with this title. */
	long demoRequestAbout(String title) {
		long caseId = caseStudies.publishedIdByTitle(title).orElseThrow();
		return jdbc.queryForObject("select r.id" + DEMO + " and r.case_study_id = ? and u.email = ?", Long.class,
				caseId, "editor.bangkok@demo.urbansdg.org");
	}

	@Test
	void theInProgressRequestHasAThreadBetweenBothCitiesAndDatedMilestones() {
		long id = demoRequestAbout("Reorganising the bus network: Seoul's 2004 public transport reform");
		assertThat(jdbc.queryForObject("select status from cooperation_request where id = ?", String.class, id))
			.isEqualTo("IN_PROGRESS");
		Map<String, Object> thread = jdbc.queryForMap("""
				select count(*) as messages, count(distinct m.organisation_id) as sides,
				       bool_and(m.organisation_id in (r.owner_organisation_id, r.requesting_organisation_id)) as parties,
				       bool_and(m.created_at between r.requested_at and now()) as dated
				from cooperation_message m join cooperation_request r on r.id = m.request_id
				where m.request_id = ?""", id);
		assertThat(thread).containsEntry("sides", 2L).containsEntry("parties", true).containsEntry("dated", true);
		assertThat((Long) thread.get("messages")).isGreaterThanOrEqualTo(3);
		List<String> steps = jdbc.queryForList("""
				select m.kind from cooperation_milestone m join cooperation_request r on r.id = m.request_id
				where m.request_id = ? and m.happened_on between cast(r.requested_at as date) and current_date
				order by m.happened_on""", String.class, id);
		assertThat(steps).contains("CALL_OR_MEETING", "STUDY_VISIT");
		assertThat(jdbc.queryForObject("select count(*) from cooperation_milestone where request_id = ?", Long.class,
				id)).isEqualTo(steps.size());
	}

	@Test
	void closedRequestsHaveMilestonesAndTheStillRequestedOneOpensWithTheOwnersQuestion() {
		assertThat(demo("r.status = 'CLOSED' and exists (select 1 from cooperation_milestone m"
				+ " where m.request_id = r.id)")).isGreaterThanOrEqualTo(4);
		long asked = demoRequestAbout("G30: cutting household waste by thirty per cent through separation");
		Map<String, Object> first = jdbc.queryForMap("""
				select r.status, m.body, m.organisation_id = r.owner_organisation_id as by_owner
				from cooperation_message m join cooperation_request r on r.id = m.request_id
				where m.request_id = ? order by m.created_at, m.id limit 1""", asked);
		assertThat(first).containsEntry("status", "REQUESTED").containsEntry("by_owner", true);
		assertThat((String) first.get("body")).contains("?");
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
