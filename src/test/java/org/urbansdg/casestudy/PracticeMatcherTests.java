package org.urbansdg.casestudy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.PlatformTest;
import org.urbansdg.casestudy.search.MatchQuery;
import org.urbansdg.casestudy.search.MatchReason;
import org.urbansdg.casestudy.search.MatchReason.Kind;
import org.urbansdg.casestudy.search.OrganisationMatch;
import org.urbansdg.casestudy.search.PracticeMatch;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The matcher of practices on the demo cases: what it finds, the reasons it gives and what it leaves out. */
@PlatformTest
class PracticeMatcherTests {

	@Autowired
	CaseStudies caseStudies;

	@Autowired
	Members members;

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseStudyRepository repository;

	private long id(String title) {
		return caseStudies.publishedIdByTitle(title).orElseThrow();
	}

	private static MatchReason reason(PracticeMatch m, Kind kind) {
		return m.reasons().stream().filter(r -> r.kind() == kind).findFirst().orElse(null);
	}

	@Test
	void findsPracticesByWordsAndTargetsWithTheirReasons() {
		List<PracticeMatch> found = caseStudies.matchPractices(new MatchQuery(
				"Flooding in low-lying districts during the monsoon. Heavy rain floods our low-lying districts every year; we need retention ponds and better drainage.",
				Set.of("11.5", "13.1"), "VN", 1_200_000L, null), 5);
		assertThat(found).isNotEmpty();
		assertThat(found.stream().map(PracticeMatch::title))
			.contains("Monkey cheeks and deep tunnels: Bangkok's layered flood defence");
		PracticeMatch bangkok = found.stream()
			.filter(m -> m.caseStudyId() == id("Monkey cheeks and deep tunnels: Bangkok's layered flood defence"))
			.findFirst().orElseThrow();
		assertThat(reason(bangkok, Kind.SHARED_TARGETS).details()).containsExactly("11.5", "13.1");
		assertThat(reason(bangkok, Kind.SHARED_WORDS).details()).contains("flooding");
		assertThat(reason(bangkok, Kind.SAME_REGION).details()).containsExactly("TH");
		assertThat(reason(bangkok, Kind.SIMILAR_SIZE)).as("5.5 million against 1.2 million").isNull();
		assertThat(bangkok.place()).isEqualTo("Bangkok");
		assertThat(found).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
	}

	@Test
	void leavesOutTheAskingOrganisationsOwnCases() {
		MatchQuery query = new MatchQuery("Public bicycle sharing for the last mile from subway stations",
				Set.of("11.2"), "KR", 9_000_000L, null);
		long seoul = caseStudies.matchPractices(query, 10).stream()
			.filter(m -> m.title().startsWith("Ddareungi")).findFirst().orElseThrow().organisationId();
		List<PracticeMatch> others = caseStudies.matchPractices(new MatchQuery(query.text(), query.targetCodes(),
				"KR", 9_000_000L, seoul), 10);
		assertThat(others).isNotEmpty().noneMatch(m -> m.organisationId() == seoul);
	}

	@Test
	void readsKoreanAndThaiWordsWithTheirOwnAnalysers() {
		List<PracticeMatch> korean = caseStudies.matchPractices(
				new MatchQuery("대중교통 정기권으로 자가용 이용을 줄이고 싶습니다", Set.of(), null, null, null), 5);
		assertThat(korean).extracting(PracticeMatch::title).contains("기후동행카드: 월 6만 원대 대중교통 무제한 정기권");
		assertThat(reason(korean.get(0), Kind.SHARED_WORDS)).isNotNull();
		List<PracticeMatch> thai = caseStudies.matchPractices(
				new MatchQuery("น้ำท่วมกรุงเทพ บ่อพักน้ำ", Set.of(), null, null, null), 5);
		assertThat(thai).extracting(PracticeMatch::title).contains("แก้มลิง: แก้ปัญหาน้ำท่วมกรุงเทพด้วยบ่อพักน้ำ");
	}

	@Test
	void nothingAskedNothingFoundAndQuerySyntaxIsPlainText() {
		assertThat(caseStudies.matchPractices(new MatchQuery(" ", Set.of(), "KR", null, null), 5)).isEmpty();
		assertThat(caseStudies.matchPractices(new MatchQuery("waste", Set.of(), null, null, null), 0)).isEmpty();
		assertThat(caseStudies.matchPractices(new MatchQuery("\"waste* -(separation | \\", null, null, null, null), 5))
			.isNotEmpty();
		assertThat(caseStudies.matchPractices(new MatchQuery("", Set.of("99.9", "not a code"), null, null, null), 5))
			.isEmpty();
	}

	@Test
	void aLongTextInSeveralScriptsStaysWithinTheEnginesClauseLimit() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 2000; i++) {
			text.append("word").append(i).append(" 단어").append(i).append(" 語").append((char) ('一' + i))
				.append(" น้ำท่วม").append(i).append(' ');
		}
		assertThat(caseStudies.matchPractices(new MatchQuery(text.toString(), Set.of("11.5"), null, null, null), 5))
			.isNotEmpty();
	}

	@Test
	void organisationsOnTheSameTargetsMostSharedFirst() {
		List<OrganisationMatch> found = caseStudies.organisationsOnTargets(Set.of("12.5", "11.6"), null, 20);
		assertThat(found).isNotEmpty();
		assertThat(found.get(0).sharedTargets()).containsExactly("11.6", "12.5");
		assertThat(found).allMatch(o -> o.cases() >= 1 && !o.name().isBlank() && o.countryCode() != null);
		long first = found.get(0).organisationId();
		assertThat(caseStudies.organisationsOnTargets(Set.of("12.5", "11.6"), first, 20))
			.noneMatch(o -> o.organisationId() == first);
		assertThat(caseStudies.organisationsOnTargets(Set.of(), null, 5)).isEmpty();
	}

	@Test
	void relatedCasesOnACasePageComeFromTheMatcherAndLeaveTheCaseOut() throws Exception {
		long id = id("Ddareungi: a public bicycle system for a city of ten million");
		mvc.perform(get("/cases/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Marikina Bikeways")));
		CaseStudy c = repository.findById(id).orElseThrow();
		assertThat(caseStudies.related(c, 4)).hasSize(4).noneMatch(r -> r.getId() == id);
	}
}
