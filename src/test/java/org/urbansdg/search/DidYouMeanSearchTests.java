package org.urbansdg.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.casestudy.CaseStudy;
import org.urbansdg.casestudy.CaseTestData;
import org.urbansdg.casestudy.CaseTextBinder;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.search.SearchTests.unique;

@PlatformTest
class DidYouMeanSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseTestData cases;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	SpellCheck spellCheck;

	Person editor;

	Person secretariat;

	@BeforeEach
	void setUp() {
		People people = new People(accounts, members);
		editor = people.editorOf(people.organisation());
		secretariat = people.secretariat();
	}

	@Test
	void misspeltWordsAreCorrectedFromTheWordsOfTheIndex() {
		String tag = unique();
		cases.published(editor.email(), secretariat.email(), "en", "Floating wetlands " + tag,
				"Reedbeds that purify the canal.", "Body.");
		assertThat(spellCheck.correct(CaseStudy.class, CaseTextBinder.SPELLING, "reedbads purfy " + tag))
			.contains("reedbeds purify " + tag);
		// Words that are in the index, and words of scripts without spaces, are left alone.
		assertThat(spellCheck.correct(CaseStudy.class, CaseTextBinder.SPELLING, "reedbeds 정기권 " + tag)).isEmpty();
	}

	@Test
	void aSearchThatFindsNothingOffersTheCorrectedSearchWithItsFilters() throws Exception {
		String tag = unique();
		cases.published(editor.email(), secretariat.email(), "en", "Stormwater cisterns " + tag,
				"Cisterns under schoolyards.", "Body.");
		mvc.perform(get("/search").param("q", "schoolyrds " + tag).param("goal", "3").param("sort", "newest"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Did you mean:")))
			.andExpect(content().string(containsString(
					"href=\"/search?q=schoolyards%20" + tag + "&amp;goal=3&amp;sort=newest\">schoolyards " + tag + "</a>")));
		// The corrected search finds the case exactly, and needs no further correction.
		mvc.perform(get("/search").param("q", "schoolyards " + tag).param("goal", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("One case matches")))
			.andExpect(content().string(not(containsString("Did you mean:"))));
	}

	@Test
	void nothingIsOfferedWhenTheWordsFindEnough() throws Exception {
		mvc.perform(get("/search").param("q", "bicycle"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Did you mean:"))));
	}

	@Test
	void theCorrectionIsEscaped() throws Exception {
		String tag = unique();
		cases.published(editor.email(), secretariat.email(), "en", "Green roofs " + tag, "Sedum roofs cool.", "Body.");
		mvc.perform(get("/search").param("q", "<script>sedumm</script> " + tag))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>sedum"))));
	}

	@Test
	void koreanSearchPageOffersItInKorean() throws Exception {
		String tag = unique();
		cases.published(editor.email(), secretariat.email(), "en", "Heat shelters " + tag, "Cooling centres.", "Body.");
		mvc.perform(get("/search").param("q", "sheltres " + tag).param("lang", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("이것을 찾으셨나요:")));
	}
}
