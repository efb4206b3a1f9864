package org.urbansdg.award;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.casestudy.CaseStudy;
import org.urbansdg.certificate.Certificate;
import org.urbansdg.certificate.Certificates;
import org.urbansdg.member.Members;

/**
 * Two demo cycles: last year's, completed (nominations, the demo judge's scores, finalists, winners with their badges
 * and certificates), and this year's, open for nominations. The completed cycle is written directly, as history; its
 * windows are long past, so the services would rightly refuse every step. The badges are announced as real results
 * are ({@link AwardResults#recognise}), in this runner's one transaction, so casestudy records them once it commits.
 */
@Component
@Profile("demo")
@Order(60)
class DemoAwards implements ApplicationRunner {

	static final String COMPLETED = "SDG City Awards 2025";

	static final String OPEN = "SDG City Awards 2026";

	private static final List<String> CATEGORIES = List.of("Resilient urban planning", "City climate action",
			"Inclusive digital transformation", "Innovative urban finance");

	private final AwardCycleRepository cycles;

	private final NominationRepository nominations;

	private final JudgeAssignmentRepository assignments;

	private final ScoreSheetRepository sheets;

	private final DecisionRepository decisions;

	private final CaseStudies cases;

	private final Certificates certificates;

	private final Accounts accounts;

	private final Members members;

	private final AwardResults results;

	private final AwardTime time;

	DemoAwards(AwardCycleRepository cycles, NominationRepository nominations, JudgeAssignmentRepository assignments,
			ScoreSheetRepository sheets, DecisionRepository decisions, CaseStudies cases, Certificates certificates,
			Accounts accounts, Members members, AwardResults results, AwardTime time) {
		this.cycles = cycles;
		this.nominations = nominations;
		this.assignments = assignments;
		this.sheets = sheets;
		this.decisions = decisions;
		this.cases = cases;
		this.certificates = certificates;
		this.accounts = accounts;
		this.members = members;
		this.results = results;
		this.time = time;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (cycles.existsByName(COMPLETED)) {
			return;
		}
		Actor secretariat = accounts.actor("secretariat@demo.urbansdg.org").orElseThrow();
		Actor judge = accounts.actor("judge@demo.urbansdg.org").orElseThrow();
		ZoneId zone = ZoneId.of("Asia/Bangkok");
		Instant now = time.now().truncatedTo(ChronoUnit.HOURS);
		AwardCycle completed = cycle(COMPLETED, 2025, zone, new AwardCycle.Timeline(at(2025, 3, 1, zone),
				at(2025, 5, 1, zone), at(2025, 5, 20, zone), at(2025, 6, 1, zone), at(2025, 6, 30, zone),
				at(2025, 6, 1, zone), at(2025, 7, 15, zone), at(2025, 9, 10, zone)));
		cycles.save(completed);
		log(completed, null, Decision.Kind.CYCLE_CREATED, COMPLETED, secretariat, at(2025, 2, 1, zone));
		assignments.save(new JudgeAssignment(completed.getId(), completed.getCategories().get(0).getId(), judge.userId()));
		assignments.save(new JudgeAssignment(completed.getId(), completed.getCategories().get(1).getId(), judge.userId()));
		log(completed, null, Decision.Kind.JUDGE_ASSIGNED, judge.displayName(), secretariat, at(2025, 5, 21, zone));

		List<CaseStudy> published = cases.latest(40);
		int[][] scores = { { 9, 9, 8, 9, 9, 8, 9 }, { 8, 7, 8, 8, 7, 8, 7 }, { 7, 6, 7, 7, 6, 7, 6 },
				{ 8, 8, 9, 8, 8, 7, 8 }, { 6, 6, 6, 7, 6, 6, 5 }, { 7, 8, 7, 7, 8, 7, 8 } };
		Nomination.Outcome[] outcomes = { Nomination.Outcome.FIRST, Nomination.Outcome.SECOND, Nomination.Outcome.FINALIST,
				Nomination.Outcome.FIRST, Nomination.Outcome.NONE, Nomination.Outcome.SPECIAL_MENTION };
		int made = 0;
		for (CaseStudy c : published) {
			if (made == scores.length) {
				break;
			}
			var content = cases.publishedContent(c.getId()).orElse(null);
			if (content == null || members.organisation(content.organisationId()).map(o -> !o.isInGoodStanding()).orElse(true)) {
				continue;
			}
			Category category = completed.getCategories().get(made < 3 ? 0 : 1);
			long nominator = accounts.editors(content.organisationId()).stream().findFirst()
				.flatMap(r -> accounts.actor(r.email())).map(Actor::userId).orElse(secretariat.userId());
			Nomination n = new Nomination(completed.getId(), category.getId(), content, nominator,
					"A proven approach that other cities in the region have already begun to adapt.", at(2025, 4, 2, zone));
			n.freeze(at(2025, 5, 1, zone));
			n.screen(true, null);
			n.decide(outcomes[made]);
			nominations.save(n);
			log(completed, n.getId(), Decision.Kind.SCREENED_ELIGIBLE, null, secretariat, at(2025, 5, 10, zone));
			ScoreSheet sheet = new ScoreSheet(n.getId(), judge.userId());
			Map<Long, Integer> entered = new java.util.HashMap<>();
			for (int i = 0; i < completed.getCriteria().size(); i++) {
				entered.put(completed.getCriteria().get(i).getId(), scores[made][i]);
			}
			boolean recommend = outcomes[made] != Nomination.Outcome.NONE;
			sheet.save(completed.getCriteria(), entered, null, recommend,
					recommend ? "Clear results, carefully measured, and simple enough for other cities to repeat." : null,
					at(2025, 7, 1, zone));
			sheet.submit(completed.getCriteria(), at(2025, 7, 1, zone));
			sheets.save(sheet);
			if (outcomes[made] != Nomination.Outcome.NONE) {
				log(completed, n.getId(), Decision.Kind.OUTCOME, outcomes[made].name(), secretariat, at(2025, 8, 1, zone));
				String label = results.label(completed, outcomes[made]);
				if (outcomes[made].isWinner()) {
					results.recognise(completed, n, label);
				}
				certificates.issue(new Certificates.Issue(Certificate.Kind.AWARD,
						members.organisation(n.getOrganisationId()).map(o -> o.getName()).orElse(""), nominator, label,
						n.getSnapshotTitle(), LocalDate.of(2025, 9, 10), COMPLETED, AwardResults.SOURCE, n.getId()));
			}
			made++;
		}
		completed.publishResults(at(2025, 9, 10, zone));
		log(completed, null, Decision.Kind.RESULTS_PUBLISHED, null, secretariat, at(2025, 9, 10, zone));

		Instant opens = now.minus(Duration.ofDays(7));
		AwardCycle open = cycle(OPEN, 2026, zone, new AwardCycle.Timeline(opens, now.plus(Duration.ofDays(45)),
				now.plus(Duration.ofDays(60)), now.plus(Duration.ofDays(61)), now.plus(Duration.ofDays(90)),
				now.plus(Duration.ofDays(61)), now.plus(Duration.ofDays(100)), now.plus(Duration.ofDays(120))));
		cycles.save(open);
		log(open, null, Decision.Kind.CYCLE_CREATED, OPEN, secretariat, opens);
	}

	private AwardCycle cycle(String name, int year, ZoneId zone, AwardCycle.Timeline timeline) {
		AwardCycle cycle = new AwardCycle(name, year,
				"The **SDG City Awards** recognise local governments whose work advances the Sustainable Development "
						+ "Goals in measurable, lasting and replicable ways.",
				"Member organisations in good standing; the case must be published in the repository.", zone, timeline,
				timeline.nominationsOpen());
		CATEGORIES.forEach(cycle::addCategory);
		AwardCycle.DEFAULT_CRITERIA.forEach(code -> cycle.addCriterion(code, code,
				code.equals("outcomes") ? new BigDecimal("1.5") : BigDecimal.ONE));
		return cycle;
	}

	private void log(AwardCycle cycle, Long nomination, Decision.Kind kind, String detail, Actor actor, Instant at) {
		decisions.save(new Decision(cycle.getId(), nomination, kind, detail, actor.userId(), actor.displayName(), at));
	}

	private static Instant at(int year, int month, int day, ZoneId zone) {
		return LocalDateTime.of(year, month, day, 12, 0).atZone(zone).toInstant();
	}
}
