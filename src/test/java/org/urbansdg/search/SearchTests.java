package org.urbansdg.search;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.CaseFixtures;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.casestudy.CaseTestData;
import org.urbansdg.casestudy.search.CaseSearchQuery;
import org.urbansdg.casestudy.search.CaseSearchQuery.Facet;
import org.urbansdg.casestudy.search.CaseSearchResult;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformTest
class SearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseStudies caseStudies;

	@Autowired
	CaseTestData cases;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	Person editor;

	Person secretariat;

	@BeforeEach
	void setUp() {
		People people = new People(accounts, members);
		editor = people.editorOf(people.organisation());
		secretariat = people.secretariat();
	}

	long published(String language, String title, String summary, String body) {
		return cases.published(editor.email(), secretariat.email(), language, title, summary, body);
	}

	List<String> titles(CaseSearchQuery query) {
		return caseStudies.search(query).hits().stream().map(h -> h.caseStudy().getTitle()).toList();
	}

	/** A word no other test and no demo case contains, shared by the search tests. */
	static String unique() {
		return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	/** The titles found by the words exactly (not by the similar-spelling retry, which would blur the point). */
	List<String> exactly(String words) {
		CaseSearchResult result = caseStudies.search(CaseSearchQuery.of(words));
		return result.fuzzy() ? List.of() : result.hits().stream().map(h -> h.caseStudy().getTitle()).toList();
	}

	/**
	 * Each language is split into words by its own analyser. Every pair below would come out the other way with
	 * single-character or bigram tokens (which match any run of characters) or with whitespace splitting: either the
	 * query word is a substring that straddles two real words (and must not match), or it is a form the text only
	 * contains once particles are removed or verbs reduced (and must match).
	 */
	@Test
	void eachLanguageIsSplitIntoWordsByItsOwnAnalyser() {
		String tag = unique();
		// Chinese, SmartCN: "南京市长江大桥" is Nanjing City / Yangtze River / bridge. Bigrams and single characters
		// also see 市长 (mayor) in it; "研究生命起源" (studying the origin of life) contains 研究生 (graduate student)
		// the same way. Only a correct segmentation tells them apart.
		published("zh", "南京市长江大桥 " + tag, "A bridge.", "南京市长江大桥于1968年建成通车。研究生命起源的实验室。");
		published("zh", "市长热线 " + tag, "A mayor's hotline.", "市长主持了会议。");
		assertThat(exactly("长江大桥 " + tag)).containsExactly("南京市长江大桥 " + tag);
		assertThat(exactly("市长 " + tag)).containsExactly("市长热线 " + tag);
		assertThat(exactly("研究生 " + tag)).isEmpty();
		// Korean, Nori: "물을" becomes "물" (water) once the particle is removed; a bigram index only holds "물을".
		// "도시가스" (city gas) is 도시 + 가스: "시가" (cigar, market price) straddles them and must not match.
		published("ko", "물 절약 " + tag, "Saving water.", "시민들이 물을 아껴 쓴다. 도시가스 요금을 지원한다.");
		assertThat(exactly("물 " + tag)).containsExactly("물 절약 " + tag);
		assertThat(exactly("가스 " + tag)).containsExactly("물 절약 " + tag);
		assertThat(exactly("시가 " + tag)).isEmpty();
		// Japanese, Kuromoji: "減らした" is found as its dictionary form "減らす" (bigrams 減ら+らす are not both in the
		// text); "東京都庁" is Tokyo + metropolitan government, and "京都" (Kyoto) straddles them.
		published("ja", "ごみ減量 " + tag, "Less waste.", "市は家庭ごみを大きく減らした。東京都庁の職員も参加した。");
		assertThat(exactly("減らす " + tag)).containsExactly("ごみ減量 " + tag);
		assertThat(exactly("都庁 " + tag)).containsExactly("ごみ減量 " + tag);
		assertThat(exactly("京都 " + tag)).isEmpty();
		// Thai, dictionary segmentation: "ตากลม" is ตาก (to expose) + ลม (wind), "taking the breeze"; "กลม" (round)
		// straddles them. "ปลูก" (to plant) is found inside an unspaced sentence.
		published("th", "ต้นไม้ในเมือง " + tag, "Urban trees.",
				"กรุงเทพมหานครส่งเสริมการปลูกต้นไม้ริมถนน ผู้คนนั่งตากลมริมแม่น้ำเจ้าพระยา");
		assertThat(exactly("ปลูก " + tag)).containsExactly("ต้นไม้ในเมือง " + tag);
		assertThat(exactly("ลม " + tag)).containsExactly("ต้นไม้ในเมือง " + tag);
		assertThat(exactly("กลม " + tag)).isEmpty();
	}

	@Test
	void englishWordsMatchTheirOtherForms() {
		String tag = unique();
		published("en", "Cooling corridors " + tag, "Planting trees along streets.", "The city planted trees.");
		assertThat(titles(CaseSearchQuery.of("tree planting " + tag))).containsExactly("Cooling corridors " + tag);
	}

	@Test
	void onlyPublishedCasesAreFound() {
		String tag = unique();
		fixtures.draft(editor);
		long id = cases.draft(editor.email());
		assertThat(caseStudies.search(CaseSearchQuery.of("Bus lanes for a growing district")).hits())
			.noneMatch(h -> h.caseStudy().getId().equals(id));
		assertThat(titles(CaseSearchQuery.of(tag))).isEmpty();
	}

	@Test
	void snippetsMarkTheWordsFoundAndEscapeEverythingElse() {
		String tag = unique();
		published("en", "Escaping " + tag, "A summary about <script>alert('x')</script> and " + tag + " together.",
				"Body.");
		CaseSearchResult result = caseStudies.search(CaseSearchQuery.of(tag));
		assertThat(result.hits()).hasSize(1);
		String snippet = result.hits().get(0).snippetHtml();
		assertThat(snippet).contains("<mark>" + tag + "</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
	}

	@Test
	void facetsCombineAcrossAndAlternativesWithin() {
		String tag = unique();
		published("en", "Facets " + tag, "Summary " + tag, "Body.");
		CaseSearchQuery goal3 = new CaseSearchQuery(tag, List.of("3"), null, null, null, null, null, null, null, null,
				null, null, null, null, null);
		assertThat(caseStudies.search(goal3).total()).isEqualTo(1);
		CaseSearchQuery goal3AndJapanese = new CaseSearchQuery(tag, List.of("3"), null, null, null, null, null, null,
				null, List.of("ja"), null, null, null, null, null);
		CaseSearchResult none = caseStudies.search(goal3AndJapanese);
		assertThat(none.total()).isZero();
		// The language facet is counted without its own choice, so English still shows what choosing it gives.
		assertThat(none.facet(Facet.LANGUAGE)).anyMatch(c -> c.value().equals("en") && c.count() == 1);
		CaseSearchQuery englishOrJapanese = new CaseSearchQuery(tag, List.of("3"), null, null, null, null, null,
				List.of("2019"), List.of("100k-1m"), List.of("ja", "en"), null, null, null, null, null);
		CaseSearchResult both = caseStudies.search(englishOrJapanese);
		assertThat(both.total()).isEqualTo(1);
		assertThat(both.facet(Facet.BUDGET)).anyMatch(c -> c.value().equals("100k-1m") && c.count() == 1);
		assertThat(both.facet(Facet.GOAL)).extracting(CaseSearchResult.FacetCount::value).contains("3", "11");
	}

	@Test
	void longFacetsListTheirFirstValuesAndTheChosenOnesUntilAskedForAll() throws Exception {
		List<CaseSearchResult.FacetCount> counts = java.util.stream.IntStream.rangeClosed(1, 30)
			.mapToObj(i -> new CaseSearchResult.FacetCount(String.valueOf(i), 100 - i))
			.toList();
		CaseSearchQuery city25 = new CaseSearchQuery(null, null, null, null, null, List.of("25"), null, null, null,
				null, null, null, null, null, null);
		assertThat(city25.shown(Facet.CITY, counts)).extracting(CaseSearchResult.FacetCount::value)
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "25");
		assertThat(city25.shown(Facet.GOAL, counts)).hasSize(30);
		CaseSearchQuery allCities = new CaseSearchQuery(null, null, null, null, null, List.of("25"), null, null, null,
				null, null, null, null, "city", null);
		assertThat(allCities.shown(Facet.CITY, counts)).hasSize(30);
		// The demo cases name more than ten targets and cities: each list ends with a link that lists them all.
		mvc.perform(get("/search"))
			.andExpect(content().string(containsString("class=\"facet-more\" href=\"/search?more=target\"")))
			.andExpect(content().string(containsString("class=\"facet-more\" href=\"/search?more=city\"")));
		mvc.perform(get("/search").param("more", "target"))
			.andExpect(content().string(not(containsString("class=\"facet-more\" href=\"/search?more=target\""))))
			.andExpect(content().string(containsString("class=\"facet-more\" href=\"/search?more=city\"")));
	}

	@Test
	void unknownFacetValuesAreIgnoredWithANotice() throws Exception {
		mvc.perform(get("/search").param("goal", "99").param("theme", "no-such-theme").param("page", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("These filter values are unknown and were ignored: 99, no-such-theme")));
	}

	@Test
	void badInputGivesANormalPage() throws Exception {
		List<String> inputs = List.of("title:foo AND", "\"unbalanced", "((((", "a]b[ {x", "x".repeat(5000),
				"abc\u0000\u0007\u001bdef", "<script>alert(1)</script>", "*", "~2", "-", "+-|\"()*~", "\\", "/",
				"AND OR NOT", "\uD800", "%", "a".repeat(300) + "*");
		for (String type : new String[] { null, "news", "events", "courses", "<script>alert(2)</script>" }) {
			for (String q : inputs) {
				var request = get("/search").param("q", q).param("page", q);
				if (type != null) {
					request.param("type", type);
				}
				mvc.perform(request)
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("<h1>Search</h1>")))
					.andExpect(content().string(not(containsString("<script>alert"))));
			}
		}
	}

	@Test
	void pageSaysHowManyMatchedAndKeepsTheQueryInLinks() throws Exception {
		String tag = unique();
		published("en", "Page " + tag, "Summary " + tag, "Body.");
		// What the cases tab says on another tab: the words as typed.
		assertThat(caseStudies.count(tag)).isEqualTo(1);
		assertThat(caseStudies.count("Pagge " + tag)).isZero();
		mvc.perform(get("/search").param("q", tag).param("goal", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("One case matches")))
			.andExpect(content().string(containsString("<mark>" + tag + "</mark>")))
			.andExpect(content().string(containsString("/search?q=" + tag + "&amp;goal=3&amp;goal=11")));
	}

	@Test
	void htmxGetsOnlyTheResults() throws Exception {
		mvc.perform(get("/search").param("q", "bicycle").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"search-results\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void typosStillFindTheCase() {
		String tag = unique();
		published("en", "Rainwater harvesting " + tag, "Summary.", "Body.");
		CaseSearchResult result = caseStudies.search(CaseSearchQuery.of("rainwatr " + tag));
		assertThat(result.fuzzy()).isTrue();
		assertThat(result.hits()).extracting(h -> h.caseStudy().getTitle()).containsExactly("Rainwater harvesting " + tag);
	}

	@Test
	void demoCasesInAsianLanguagesAreFoundByTheirOwnWordsAndByTheirEnglishSummaries() {
		String seoul = "기후동행카드: 월 6만 원대 대중교통 무제한 정기권";
		String yokohama = "ヨコハマG30：市民と進めたごみ30％削減";
		String hangzhou = "杭州公共自行车：从地铁站到家门口的最后一公里";
		String bangkok = "แก้มลิง: แก้ปัญหาน้ำท่วมกรุงเทพด้วยบ่อพักน้ำ";
		assertThat(titles(CaseSearchQuery.of("정기권"))).contains(seoul);
		assertThat(titles(CaseSearchQuery.of("ごみ"))).contains(yokohama);
		assertThat(titles(CaseSearchQuery.of("公共自行车"))).contains(hangzhou);
		assertThat(titles(CaseSearchQuery.of("น้ำท่วม"))).contains(bangkok);
		assertThat(titles(CaseSearchQuery.of("monkey cheek"))).contains(bangkok);
		assertThat(titles(CaseSearchQuery.of("unlimited rides"))).contains(seoul);
	}

	@Test
	void theSecretariatRebuildsTheIndexAndSeesItFinish() throws Exception {
		mvc.perform(post("/admin/search/reindex").with(csrf()).with(People.as(secretariat)))
			.andExpect(status().is3xxRedirection());
		String page = "";
		for (int i = 0; i < 150 && !page.contains("The index was rebuilt."); i++) {
			Thread.sleep(200);
			page = mvc.perform(get("/admin/search").with(People.as(secretariat))).andReturn().getResponse()
				.getContentAsString();
		}
		assertThat(page).contains("The index was rebuilt.");
		assertThat(caseStudies.search(CaseSearchQuery.of("bicycle")).total()).isPositive();
	}

	@Test
	void casePageShowsSimilarCasesAndCitiesOnTheSameTargets() throws Exception {
		String tag = unique();
		long id = published("en", "Bus rapid transit corridor " + tag, "Dedicated busways " + tag, "Body.");
		published("en", "Busway extension " + tag, "More dedicated busways " + tag, "Body.");
		mvc.perform(get("/cases/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Busway extension " + tag)))
			.andExpect(content().string(containsString("Cities that worked on the same targets")));
	}

	@Test
	void suggestionsOfferCasesCitiesAndTargets() throws Exception {
		mvc.perform(get("/search/suggest").param("q", "Bangk"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cases in Bangkok")));
		mvc.perform(get("/search/suggest").param("q", "Ddareung"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ddareungi: a public bicycle system")));
		mvc.perform(get("/search/suggest").param("q", "11.2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/search?target=11.2")));
		mvc.perform(get("/search/suggest").param("q", "<script>\"(")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>"))));
	}

	@Test
	void englishSummariesOfCasesInOtherLanguagesAreFoundWithinTheirLanguage() throws Exception {
		String page = mvc.perform(get("/search").param("q", "bicycle").param("language", "ko").header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("기후동행카드").contains("English").doesNotContain("Ddareungi");
	}
}
