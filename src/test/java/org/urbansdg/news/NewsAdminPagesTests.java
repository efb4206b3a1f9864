package org.urbansdg.news;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

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
 * The secretariat's news pages: the list of every post ({@code /admin/news}) and the form for one. Writing, scheduling
 * and the public pages are in {@code NewsTests}.
 */
@PlatformTest
class NewsAdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	News news;

	Person secretariat;

	@BeforeEach
	void setUp() {
		secretariat = new People(accounts, members).secretariat();
	}

	@Test
	void theListShowsEveryPostWithItsStatusAndAWayToEditIt() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		NewsPost draft = post("Draft " + tag, null);
		NewsPost scheduled = post("Scheduled " + tag, Instant.now().plus(Duration.ofDays(7)));
		NewsPost published = post("Published " + tag, Instant.now().minus(Duration.ofDays(1)));

		Document page = page("/admin/news");
		assertThat(page.select("h1").text()).isEqualTo("News");
		assertThat(page.select("main a.button").attr("href")).isEqualTo("/admin/news/new");
		assertThat(row(page, draft)).startsWith("Draft " + tag + " Draft").endsWith("Edit");
		assertThat(row(page, scheduled)).startsWith("Scheduled " + tag + " Scheduled");
		assertThat(row(page, published)).startsWith("Published " + tag + " Published");
		assertThat(page.select("a[href=/admin/news/" + scheduled.getId() + "]").text()).isEqualTo("Edit");
	}

	@Test
	void theFormShowsAScheduledPostAsSaved() throws Exception {
		NewsPost scheduled = post("Scheduled " + UUID.randomUUID(), Instant.parse("2031-05-04T09:30:00Z"));
		Document form = page("/admin/news/" + scheduled.getId());
		assertThat(form.select("h1").text()).isEqualTo("Edit the post");
		assertThat(form.select("#title").val()).isEqualTo(scheduled.getTitle());
		assertThat(form.select("input[name=publication][checked]").val()).isEqualTo("SCHEDULED");
		assertThat(form.select("input[name=goals][checked]").eachAttr("value")).containsExactly("11");
	}

	@Test
	void aNewPostStartsAsADraft() throws Exception {
		Document form = page("/admin/news/new");
		assertThat(form.select("h1").text()).isEqualTo("Write a post");
		assertThat(form.select("input[name=publication][checked]").val()).isEqualTo("DRAFT");
		assertThat(form.select("label.radio").eachText()).containsExactly("Keep as a draft", "Publish now",
				"Publish at the time below");
	}

	NewsPost post(String title, Instant at) {
		return NewsTestData.post(news, secretariat.id(), title, "Summary of " + title, "Body.", at);
	}

	Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(as(secretariat))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	static String row(Document page, NewsPost post) {
		return page.select("tbody tr:has(a[href=/news/" + post.getId() + "])").text();
	}
}
