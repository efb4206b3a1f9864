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
import org.urbansdg.casestudy.CaseSearchQuery;
import org.urbansdg.casestudy.CaseSearchQuery.Facet;
import org.urbansdg.casestudy.CaseSearchResult;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.casestudy.CaseTestData;
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

	static String unique() {
		return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void eachLanguageIsSplitIntoWordsByItsOwnAnalyser() {
		String tag = unique();
		// Korean: Nori separates the noun from its particle ("자전거를" -> "자전거").
		published("ko", "공공자전거 " + tag, "A public bicycle scheme.", "시민들이 출퇴근에 자전거를 이용한다.");
		// Japanese: Kuromoji reduces the inflected verb to its dictionary form ("減らした" -> "減らす").
		published("ja", "ごみ減量 " + tag, "Less waste.", "市は家庭ごみを大きく減らした。");
		// Chinese: SmartCN segments words in an unspaced sentence ("垃圾分类" -> "垃圾", "分类").
		published("zh", "垃圾分类 " + tag, "Waste sorting.", "杭州市民积极参与垃圾分类。");
		// Thai: written without spaces; the Thai analyser finds the word "ต้นไม้" (tree) inside the sentence.
		published("th", "ต้นไม้ในเมือง " + tag, "Urban trees.", "กรุงเทพมหานครส่งเสริมการปลูกต้นไม้ริมถนน");

		assertThat(titles(CaseSearchQuery.of("자전거 " + tag))).containsExactly("공공자전거 " + tag);
		assertThat(titles(CaseSearchQuery.of("減らす " + tag))).containsExactly("ごみ減量 " + tag);
		assertThat(titles(CaseSearchQuery.of("分类 " + tag))).containsExactly("垃圾分类 " + tag);
		assertThat(titles(CaseSearchQuery.of("ปลูก " + tag))).containsExactly("ต้นไม้ในเมือง " + tag);
		assertThat(titles(CaseSearchQuery.of("ริมถนน " + tag))).containsExactly("ต้นไม้ในเมือง " + tag);
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
				null, null);
		assertThat(caseStudies.search(goal3).total()).isEqualTo(1);
		CaseSearchQuery goal3AndJapanese = new CaseSearchQuery(tag, List.of("3"), null, null, null, null, null, null,
				null, List.of("ja"), null, null);
		CaseSearchResult none = caseStudies.search(goal3AndJapanese);
		assertThat(none.total()).isZero();
		// The language facet is counted without its own choice, so English still shows what choosing it gives.
		assertThat(none.facet(Facet.LANGUAGE)).anyMatch(c -> c.value().equals("en") && c.count() == 1);
		CaseSearchQuery englishOrJapanese = new CaseSearchQuery(tag, List.of("3"), null, null, null, null, null,
				List.of("2019"), List.of("100k-1m"), List.of("ja", "en"), null, null);
		CaseSearchResult both = caseStudies.search(englishOrJapanese);
		assertThat(both.total()).isEqualTo(1);
		assertThat(both.facet(Facet.BUDGET)).anyMatch(c -> c.value().equals("100k-1m") && c.count() == 1);
		assertThat(both.facet(Facet.GOAL)).extracting(CaseSearchResult.FacetCount::value).contains("3", "11");
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
		for (String q : inputs) {
			mvc.perform(get("/search").param("q", q))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<h1>Search</h1>")))
				.andExpect(content().string(not(containsString("<script>alert"))));
		}
	}

	@Test
	void pageSaysHowManyMatchedAndKeepsTheQueryInLinks() throws Exception {
		String tag = unique();
		published("en", "Page " + tag, "Summary " + tag, "Body.");
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
