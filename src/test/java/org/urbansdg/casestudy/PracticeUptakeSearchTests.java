package org.urbansdg.casestudy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbansdg.EventDeliveries;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.casestudy.PracticeTakenUp.Uptake;
import org.urbansdg.casestudy.search.CaseSearchQuery;
import org.urbansdg.casestudy.search.CaseSearchQuery.Facet;
import org.urbansdg.casestudy.search.CaseSearchResult;
import org.urbansdg.casestudy.search.CaseSearchResult.FacetCount;
import org.urbansdg.member.City;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Counted back": casestudy records the practices other cities took up ({@link PracticeTakenUp}, published here
 * directly, as the cooperation module does once both organisations agreed), shows them on the case page and on the
 * adapting city's own case, and indexes them for the "taken up elsewhere" facet and the "most replicated" order. A
 * search test, so {@code .ci/opensearch-tests.sh} runs it on OpenSearch too.
 */
@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class PracticeUptakeSearchTests {

	/** Cooperation ids of this run: far above any the demo content or another test makes. */
	static final AtomicLong COOPERATIONS = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseTestData cases;

	@Autowired
	CaseStudies caseStudies;

	@Autowired
	Replications replications;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CompletedEventPublications completed;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	Person editor;

	Person secretariat;

	City bangkok;

	City other;

	String tag;

	@BeforeEach
	void setUp() {
		People people = new People(accounts, members);
		editor = people.editorOf(people.organisation());
		secretariat = people.secretariat();
		List<City> cities = members.cities();
		bangkok = cities.get(1);
		other = cities.get(2);
		tag = "zu" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	long published(String title) {
		return cases.published(editor.email(), secretariat.email(), "en", title + " " + tag, "Summary.", "Body.");
	}

	PracticeTakenUp uptake(long caseId, long cooperation, City city, Uptake uptake, Long adaptedCaseId) {
		return new PracticeTakenUp(caseId, cooperation, 1_000L + city.getId(), "Office of " + city.getName(),
				city.getId(), city.getName(), city.getCountryCode(), uptake, adaptedCaseId, LocalDate.of(2026, 11, 2));
	}

	/** Published after a commit, as the cooperation module does, and waited for until recorded. */
	void announce(PracticeTakenUp event) {
		transactions.executeWithoutResult(s -> events.publishEvent(event));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> new EventDeliveries(completed).handled(event, CaseUptakes.class));
	}

	String page(String path, String lang) throws Exception {
		return mvc.perform(get(path).param("lang", lang)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	CaseSearchResult search(String sort, String takenUp) {
		return caseStudies.search(new CaseSearchQuery(tag, null, null, null, null, null, null, null, null, null, sort,
				null, null, null, takenUp == null ? null : List.of(takenUp)));
	}

	List<String> titles(CaseSearchResult result) {
		return result.hits().stream().map(h -> h.caseStudy().getTitle()).toList();
	}

	@Test
	void theCasePageCountsTheCitiesThatTookItUpAndTheAdaptedCaseLinksBack() throws Exception {
		long original = published("Bus lanes");
		long adapted = published("Bangkok bus lanes");
		assertThat(page("/cases/" + original, "en")).doesNotContain("Replicated or adapted in");

		announce(uptake(original, COOPERATIONS.incrementAndGet(), bangkok, Uptake.ADAPTED, adapted));
		announce(uptake(original, COOPERATIONS.incrementAndGet(), other, Uptake.REPLICATED, null));
		// The same city again, through another of its organisations: still two cities.
		announce(uptake(original, COOPERATIONS.incrementAndGet(), other, Uptake.REPLICATED, null));

		String en = page("/cases/" + original, "en");
		assertThat(en).contains("Replicated or adapted in 2 cities")
			.contains(">" + bangkok.getName() + "</a>")
			.contains(">" + other.getName() + "</a>")
			.contains("(adapted)")
			.contains("(replicated)")
			.contains("href=\"/cases/" + adapted + "\">The city&#39;s own case: Bangkok bus lanes " + tag + "</a>");
		assertThat(en.split(">" + other.getName() + "</a>", -1)).as("a city is listed once").hasSize(2);
		assertThat(page("/cases/" + original, "ko")).contains("이 사례를 도입하거나 응용한 도시 2곳").contains("(응용)");

		String adaptedPage = page("/cases/" + adapted, "en");
		assertThat(adaptedPage).contains("Adapted from")
			.contains("href=\"/cases/" + original + "\">Bus lanes " + tag + "</a>");
		assertThat(page("/cases/" + adapted, "ko")).contains("다음 사례를 응용함:");
	}

	@Test
	void oneCityIsSaidInTheSingular() throws Exception {
		long original = published("Rain gardens");
		announce(uptake(original, COOPERATIONS.incrementAndGet(), bangkok, Uptake.REPLICATED, null));
		assertThat(page("/cases/" + original, "en")).contains("Replicated or adapted in one city")
			.doesNotContain("Adapted from");
	}

	@Test
	void theFacetCountsCasesTakenUpAndTheSortPutsTheMostReplicatedFirst() throws Exception {
		published("Never taken up");
		long once = published("Taken up once");
		long twice = published("Taken up twice");
		announce(uptake(once, COOPERATIONS.incrementAndGet(), bangkok, Uptake.REPLICATED, null));
		announce(uptake(twice, COOPERATIONS.incrementAndGet(), bangkok, Uptake.ADAPTED, null));
		announce(uptake(twice, COOPERATIONS.incrementAndGet(), other, Uptake.REPLICATED, null));
		// Indexed when recorded: the facet and the order need no rebuild.
		await().atMost(Duration.ofSeconds(20)).until(() -> search("replicated", CaseSearchQuery.TAKEN_UP_YES).total() == 2);

		assertThat(search(null, null).facet(Facet.TAKEN_UP)).containsExactly(new FacetCount("yes", 2));
		assertThat(titles(search(null, CaseSearchQuery.TAKEN_UP_YES))).doesNotContain("Never taken up " + tag)
			.hasSize(2);
		assertThat(titles(search("replicated", null)))
			.containsExactly("Taken up twice " + tag, "Taken up once " + tag, "Never taken up " + tag);

		String html = page("/search?q=" + tag + "&sort=replicated", "en");
		assertThat(html).contains("Taken up elsewhere")
			.contains("Replicated or adapted by another city")
			.contains("<option value=\"replicated\" selected=\"selected\">Most replicated first</option>")
			.contains("takenUp=yes");
		assertThat(page("/search?q=" + tag + "&takenUp=yes", "ko")).contains("다른 도시의 도입")
			.contains("도입 도시 많은 순");
	}

	@Test
	void anAnnouncementRepeatedReplacesWhatWasRecordedForItsCooperation() throws Exception {
		long original = published("Repeated");
		long cooperation = COOPERATIONS.incrementAndGet();
		announce(uptake(original, cooperation, bangkok, Uptake.REPLICATED, null));
		announce(uptake(original, cooperation, other, Uptake.ADAPTED, null));
		assertThat(jdbc.sql("select city_name, uptake from case_uptake where case_id = ?").param(original)
			.query((rs, i) -> rs.getString(1) + " " + rs.getString(2)).list())
			.containsExactly(other.getName() + " ADAPTED");
		assertThat(page("/cases/" + original, "en")).contains("Replicated or adapted in one city")
			.contains(">" + other.getName() + "</a>")
			.doesNotContain(">" + bangkok.getName() + "</a>");
	}

	@Test
	void anUptakeOfAnUnknownCaseIsLoggedAndChangesNothing(CapturedOutput output) {
		long unknown = 8_000_000_000L + COOPERATIONS.incrementAndGet() % 1_000_000;
		long cooperation = COOPERATIONS.incrementAndGet();
		// Handled (not left to be retried at every start), and nothing recorded.
		announce(uptake(unknown, cooperation, bangkok, Uptake.REPLICATED, null));
		assertThat(jdbc.sql("select count(*) from case_uptake where cooperation_id = ?").param(cooperation)
			.query(Long.class).single()).isZero();
		assertThat(output.getAll()).contains("Uptake of unknown case " + unknown + " by cooperation " + cooperation);
	}

	@Test
	void anAdaptedCaseThatDoesNotExistIsLeftOutAndTheUptakeKept() throws Exception {
		long original = published("Missing adaptation");
		announce(uptake(original, COOPERATIONS.incrementAndGet(), bangkok, Uptake.ADAPTED, 7_000_000_000L));
		assertThat(page("/cases/" + original, "en")).contains("Replicated or adapted in one city")
			.doesNotContain("own case");
	}

	@Test
	void theNumbersPageCanCountReplicationsByGoalAndCountry() {
		Map<Integer, Long> goalsBefore = replications.byGoal();
		Map<String, Long> countriesBefore = replications.byCountry();
		long original = published("Counted by goal");
		announce(uptake(original, COOPERATIONS.incrementAndGet(), bangkok, Uptake.REPLICATED, null));
		// The test cases are on targets 11.2 and 3.6.
		assertThat(replications.byGoal().get(11)).isEqualTo(goalsBefore.getOrDefault(11, 0L) + 1);
		assertThat(replications.byGoal().get(3)).isEqualTo(goalsBefore.getOrDefault(3, 0L) + 1);
		assertThat(replications.byCountry().get(bangkok.getCountryCode()))
			.isEqualTo(countriesBefore.getOrDefault(bangkok.getCountryCode(), 0L) + 1);
	}
}
