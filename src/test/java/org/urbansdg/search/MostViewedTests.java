package org.urbansdg.search;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.casestudy.CaseTestData;
import org.urbansdg.casestudy.CaseViews;
import org.urbansdg.casestudy.search.CaseSearchQuery;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformTest
class MostViewedTests {

	static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseTestData cases;

	@Autowired
	CaseStudies caseStudies;

	@Autowired
	CaseViews views;

	@Autowired
	JdbcClient jdbc;

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

	long count(long id) {
		return jdbc.sql("select coalesce(max(views), 0) from case_study_views where case_study_id = ?").param(id)
			.query(Long.class).single();
	}

	/** A view from a client at this address (each test's cases are new, so addresses may repeat across tests). */
	void view(long id, String address, String userAgent) throws Exception {
		var request = get("/cases/" + id).with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
		if (userAgent != null) {
			request.header("User-Agent", userAgent);
		}
		mvc.perform(request).andExpect(status().isOk());
	}

	List<String> mostViewed(String tag) {
		CaseSearchQuery query = new CaseSearchQuery(tag, null, null, null, null, null, null, null, null, null, "views",
				null, null, null, null);
		return caseStudies.search(query).hits().stream().map(h -> h.caseStudy().getTitle()).toList();
	}

	@Test
	void aVisitorCountsOnceAndBotsNotAtAll() throws Exception {
		long id = cases.published(editor.email(), secretariat.email(), "en", "Counted " + UUID.randomUUID(), "S.", "B.");
		view(id, "192.0.2.1", BROWSER);
		view(id, "192.0.2.1", BROWSER);
		assertThat(count(id)).isEqualTo(1);
		view(id, "192.0.2.2", BROWSER);
		assertThat(count(id)).isEqualTo(2);
		view(id, "192.0.2.3", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
		view(id, "192.0.2.4", "curl/8.5.0");
		view(id, "192.0.2.5", null);
		assertThat(count(id)).isEqualTo(2);
		// Only a counter is kept: the table has no column for who viewed.
		assertThat(jdbc.sql("select column_name from information_schema.columns where table_name = 'case_study_views'")
			.query(String.class).list()).containsExactlyInAnyOrder("case_study_id", "views", "indexed_views");
	}

	@Test
	void draftsShownToTheirEditorsAreNotCounted() throws Exception {
		long id = cases.draft(editor.email());
		mvc.perform(get("/cases/" + id).with(People.as(editor)).header("User-Agent", BROWSER)).andExpect(status().isOk());
		assertThat(count(id)).isZero();
	}

	@Test
	void mostViewedOrderFollowsTheCountsOnceTheIndexIsRefreshed() throws Exception {
		String tag = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		long quiet = cases.published(editor.email(), secretariat.email(), "en", "Quiet " + tag, "S.", "B.");
		long popular = cases.published(editor.email(), secretariat.email(), "en", "Popular " + tag, "S.", "B.");
		views.refreshIndex();
		for (int i = 0; i < 3; i++) {
			view(popular, "192.0.2." + (10 + i), BROWSER);
		}
		view(quiet, "192.0.2.10", BROWSER);
		// Views are counted at once but reach the index only with the next refresh: until then the newer case
		// ("Popular", published last) leads only because of the tie-break on publication time.
		assertThat(count(popular)).isEqualTo(3);
		views.refreshIndex();
		assertThat(mostViewed(tag)).containsExactly("Popular " + tag, "Quiet " + tag);

		for (int i = 0; i < 5; i++) {
			view(quiet, "192.0.2." + (20 + i), BROWSER);
		}
		assertThat(mostViewed(tag)).as("stale until the refresh").containsExactly("Popular " + tag, "Quiet " + tag);
		assertThat(views.refreshIndex()).isPositive();
		assertThat(mostViewed(tag)).containsExactly("Quiet " + tag, "Popular " + tag);
		assertThat(views.refreshIndex()).isZero();
	}

	@Test
	void theSearchPageOffersMostViewedAndKeepsItInLinks() throws Exception {
		mvc.perform(get("/search").param("q", "bicycle").param("sort", "views"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"views\" selected=\"selected\">Most viewed first</option>")));
		mvc.perform(get("/search").param("q", "bicycle").param("sort", "views").param("lang", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("조회수순")));
	}
}
