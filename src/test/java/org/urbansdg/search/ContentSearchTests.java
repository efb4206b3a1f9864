package org.urbansdg.search;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Role;
import org.urbansdg.calendar.EventCalendar;
import org.urbansdg.calendar.EventTestData;
import org.urbansdg.learning.CourseTestData;
import org.urbansdg.learning.Courses;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.news.News;
import org.urbansdg.news.NewsPost;
import org.urbansdg.news.NewsTestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.search.SearchTests.unique;

@PlatformTest
class ContentSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	News news;

	@Autowired
	EventCalendar calendar;

	@Autowired
	Courses courses;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	Reindexing reindexing;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Person secretariat;

	Actor trainer;

	Organisation organiser;

	@BeforeEach
	void setUp() {
		People people = new People(accounts, members);
		secretariat = people.secretariat();
		trainer = accounts.actor(people.person(null, Role.TRAINER).id()).orElseThrow();
		organiser = members.organisation(people.organisation()).orElseThrow();
	}

	NewsPost news(String title, String body, Instant at) {
		return NewsTestData.post(news, secretariat.id(), title, "Summary.", body, at);
	}

	String page(String q, String type) throws Exception {
		return mvc.perform(get("/search").param("q", q).param("type", type)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	@Test
	void eachTabFindsOnlyWhatThePublicMaySee() throws Exception {
		String tag = unique();
		Instant now = Instant.now();
		news("Published news " + tag, "Body.", now.minus(Duration.ofMinutes(1)));
		news("Draft news " + tag, "Body.", null);
		news("Scheduled news " + tag, "Body.", now.plus(Duration.ofHours(2)));
		EventTestData.event(calendar, organiser, "Workshop " + tag, "A workshop.", "en", 10);
		CourseTestData.course(courses, trainer, "Published course " + tag, "Learn.", "en", true);
		CourseTestData.course(courses, trainer, "Draft course " + tag, "Learn.", "en", false);

		assertThat(page(tag, "news")).contains("Published news " + tag, "One news post matches")
			.doesNotContain("Draft news " + tag, "Scheduled news " + tag);
		assertThat(page(tag, "events")).contains("Workshop " + tag, "One event matches", "href=\"/events/");
		assertThat(page(tag, "courses")).contains("Published course " + tag, "One course matches")
			.doesNotContain("Draft course " + tag);
		// Cases stay the default tab; the tabs are links with counts, the current one marked for assistive technology.
		String cases = page(tag, null);
		assertThat(cases).contains("No case matches")
			.contains("aria-current=\"page\"")
			.contains("href=\"/search?q=" + tag + "&amp;type=news\"")
			.contains("href=\"/search?q=" + tag + "&amp;type=courses\"");
		assertThat(cases.replaceAll("\\s+", " ")).contains("<span>News</span> <span class=\"count\">(1)</span>")
			.contains("<span>Events</span> <span class=\"count\">(1)</span>")
			.contains("<span>Courses</span> <span class=\"count\">(1)</span>");
		String onNews = page(tag, "news").replaceAll("\\s+", " ");
		assertThat(onNews).contains("aria-current=\"page\" class=\"selected\"> <span>News</span>")
			.contains("<input type=\"hidden\" name=\"type\" value=\"news\">");
	}

	@Test
	void textsAreAnalysedInTheirLanguageAndSnippetsAreEscapedWithMarks() throws Exception {
		String tag = unique();
		// Korean: Nori takes the particle off "물을", so the one-syllable word "물" (water) is found.
		EventTestData.event(calendar, organiser, "물 절약 " + tag, "시민들이 물을 아껴 쓴다.", "ko", 5);
		assertThat(page("물 " + tag, "events")).contains("물 절약 " + tag);
		// Japanese: Kuromoji reduces "減らした" to "減らす".
		CourseTestData.course(courses, trainer, "ごみ講座 " + tag, "市は家庭ごみを大きく減らした。", "ja", true);
		assertThat(page("減らす " + tag, "courses")).contains("ごみ講座 " + tag);
		// English news: stemmed, escaped, marked.
		news("Harvest " + tag, "Rooftops <script>alert(1)</script> harvesting rain " + tag, Instant.now().minusSeconds(5));
		String found = page("harvested " + tag, "news");
		assertThat(found).contains("<mark>harvesting</mark>", "&lt;script&gt;").doesNotContain("<script>alert");
	}

	@Test
	void pagesKeepTheTabAndTheWords() throws Exception {
		String tag = unique();
		for (int i = 0; i < 21; i++) {
			news("Paged " + i + " " + tag, "Body.", Instant.now().minusSeconds(60 + i));
		}
		String first = page(tag, "news");
		assertThat(first).contains("21 news posts match", "href=\"/search?q=" + tag + "&amp;type=news&amp;page=2\"");
		String second = mvc.perform(get("/search").param("q", tag).param("type", "news").param("page", "2")
			.header("HX-Request", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(second).contains("Page 2 of 2", "Paged 20 " + tag).doesNotContain("<html");
	}

	@Test
	void misspeltWordsOnATabAreCorrected() throws Exception {
		String tag = unique();
		news("Wastewater " + tag, "Treatment plants.", Instant.now().minusSeconds(5));
		// On either backend: LuceneSpellCheck reads the embedded index, OpenSearchSpellCheck asks OpenSearch.
		assertThat(page("wastewatr " + tag, "news"))
			.contains("Did you mean:", "href=\"/search?q=wastewater%20" + tag + "&amp;type=news\"");
	}

	@Test
	void tabsAreTranslated() throws Exception {
		mvc.perform(get("/search").param("q", "bicycle").param("type", "events").param("lang", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("교육과정")))
			.andExpect(content().string(containsString("행사")));
	}

	@Test
	void anUnknownTabIsTheCasesTab() throws Exception {
		mvc.perform(get("/search").param("q", "bicycle").param("type", "<script>x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cases match")))
			.andExpect(content().string(not(containsString("<script>x"))));
	}

	@Test
	void rebuildingTheIndexCoversNewsEventsAndCourses() throws Exception {
		String tag = unique();
		news("Rebuilt " + tag, "Body.", Instant.now().minusSeconds(5));
		Search.mapping(entityManagerFactory).scope(NewsPost.class).workspace().purge();
		Search.mapping(entityManagerFactory).scope(NewsPost.class).workspace().refresh();
		assertThat(page(tag, "news")).contains("No news post matches");
		String admin = "";
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/search/reindex")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(People.as(secretariat))).andExpect(status().is3xxRedirection());
		for (int i = 0; i < 150 && !admin.contains("The index was rebuilt."); i++) {
			Thread.sleep(200);
			admin = mvc.perform(get("/admin/search").with(People.as(secretariat))).andReturn().getResponse()
				.getContentAsString();
		}
		assertThat(admin).contains("The index was rebuilt.", "<dt>News</dt>", "<dt>Events</dt>", "<dt>Courses</dt>");
		assertThat(page(tag, "news")).contains("Rebuilt " + tag);
	}
}
