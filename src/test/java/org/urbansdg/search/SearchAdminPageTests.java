package org.urbansdg.search;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/**
 * The search index page ({@code /admin/search}): the whole page, and only its progress when htmx polls for it while a
 * rebuild runs. Rebuilding itself is in {@code SearchTests} and {@code RebuildLockSearchTests}.
 */
@PlatformTest
class SearchAdminPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	Person secretariat;

	@BeforeEach
	void setUp() {
		secretariat = new People(accounts, members).secretariat();
	}

	@Test
	void thePageShowsTheStateTheDocumentsPerIndexAndTheRebuildButton() throws Exception {
		String html = mvc.perform(get("/admin/search").with(as(secretariat))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("h1").text()).isEqualTo("Search index");
		assertThat(page.select("#reindex-progress[role=status]")).hasSize(1);
		assertThat(page.select("#reindex-progress dt").eachText()).containsExactly("Cases", "News", "Events", "Courses");
		assertThat(page.select("#reindex-progress dd").eachText()).allMatch(text -> text.endsWith("in the index"));
		assertThat(page.select("form[action=/admin/search/reindex] button").text()).isEqualTo("Rebuild the index");
	}

	@Test
	void htmxPollingGetsOnlyTheProgress() throws Exception {
		String fragment = mvc.perform(get("/admin/search").with(as(secretariat)).header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(fragment).doesNotContain("<html", "<nav", "Rebuild the index");
		Document progress = Jsoup.parseBodyFragment(fragment);
		assertThat(progress.body().children()).hasSize(1);
		assertThat(progress.body().child(0).id()).isEqualTo("reindex-progress");
		assertThat(progress.select("dt").eachText()).containsExactly("Cases", "News", "Events", "Courses");
	}
}
