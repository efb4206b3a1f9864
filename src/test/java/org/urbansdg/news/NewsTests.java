package org.urbansdg.news;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.member.Members;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/** Writing, scheduling and publishing news; the post page's sharing data; the Atom feeds read back with ROME. */
@PlatformTest
class NewsTests {

	/** The smallest PNG: one transparent pixel. */
	static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

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

	NewsPost post(String title, Instant publishAt, String... tags) {
		return news.save(null, secretariat.id(), new NewsPost.Content(title, "Summary of " + title, "Body of **" + title
				+ "**", null, new TreeSet<>(Set.of(tags)), Set.of(11), Set.of(), Set.of(), Set.of()), publishAt, null);
	}

	MockMultipartHttpServletRequestBuilder form(String title) {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/news");
		request.with(csrf()).with(as(secretariat));
		request.param("title", title)
			.param("summary", "The network signed an agreement.")
			.param("body", "Signed at the **executive committee**.")
			.param("tags", "Partnership, executive committee")
			.param("goals", "11", "17");
		return request;
	}

	@Test
	void theSecretariatPublishesAPostWithACoverThatSharesWell() throws Exception {
		String title = "MoU " + UUID.randomUUID();
		String location = mvc.perform(form(title).file(new MockMultipartFile("cover", "cover.png", "image/png", PNG))
			.param("coverAlt", "Two officials shake hands")
			.param("publication", "NOW"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document doc = Jsoup.parse(page);
		assertThat(doc.select("h1").text()).isEqualTo(title);
		assertThat(doc.select("meta[property=og:title]").attr("content")).isEqualTo(title);
		assertThat(doc.select("meta[property=og:image]").attr("content")).endsWith(location + "/cover");
		assertThat(doc.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		assertThat(doc.select("img.cover").attr("alt")).isEqualTo("Two officials shake hands");
		assertThat(doc.select(".rich-text strong").text()).isEqualTo("executive committee");
		assertThat(doc.select("a.tag").eachText()).containsExactly("executive-committee", "partnership");
		assertThat(doc.select("a[href*=linkedin.com]")).hasSize(1);
		assertThat(page).contains("just now");
		JsonNode data = JsonMapper.builder().build().readTree(doc.select("script[type=application/ld+json]").first().data());
		assertThat(data.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(data.get("headline").asString()).isEqualTo(title);
		mvc.perform(get(location + "/cover"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"));
	}

	@Test
	void aCoverWithoutADescriptionIsRefused() throws Exception {
		String title = "No alt " + UUID.randomUUID();
		String page = mvc.perform(form(title).file(new MockMultipartFile("cover", "cover.png", "image/png", PNG))
			.param("publication", "NOW"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Describe the cover image");
		assertThat(news.all()).noneMatch(p -> p.getTitle().equals(title));
	}

	@Test
	void draftsAndScheduledPostsStayHiddenUntilTheirTime() throws Exception {
		NewsPost draft = post("Draft " + UUID.randomUUID(), null);
		NewsPost scheduled = post("Later " + UUID.randomUUID(), Instant.now().plus(Duration.ofHours(1)));
		NewsPost due = post("Due " + UUID.randomUUID(), Instant.now().minus(Duration.ofMinutes(1)));
		assertThat(scheduled.status(Instant.now())).isEqualTo(NewsPost.Status.SCHEDULED);
		assertThat(scheduled.status(Instant.now().plus(Duration.ofHours(2)))).isEqualTo(NewsPost.Status.PUBLISHED);
		mvc.perform(get("/news/" + draft.getId())).andExpect(status().isNotFound());
		mvc.perform(get("/news/" + scheduled.getId())).andExpect(status().isNotFound());
		mvc.perform(get("/news/" + due.getId())).andExpect(status().isOk());
		mvc.perform(get("/news/" + scheduled.getId()).with(as(secretariat))).andExpect(status().isOk());
		String list = mvc.perform(get("/news")).andReturn().getResponse().getContentAsString();
		assertThat(list).contains(due.getTitle()).doesNotContain(draft.getTitle()).doesNotContain(scheduled.getTitle());
	}

	@Test
	void aScheduledPostFromTheFormAppearsAtItsTime() throws Exception {
		String title = "Scheduled " + UUID.randomUUID();
		LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0).withSecond(0);
		mvc.perform(form(title).param("publication", "SCHEDULED").param("publishAt", at.toString()))
			.andExpect(status().is3xxRedirection());
		NewsPost saved = news.all().stream().filter(p -> p.getTitle().equals(title)).findFirst().orElseThrow();
		assertThat(saved.getPublishedAt()).isEqualTo(at.toInstant(ZoneOffset.UTC));
		assertThat(saved.status(Instant.now())).isEqualTo(NewsPost.Status.SCHEDULED);
		String page = mvc.perform(form("Missing time " + UUID.randomUUID()).param("publication", "SCHEDULED"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Give the time at which the post should appear.");
	}

	@Test
	void theAtomFeedsHaveWhatRfc4287Requires() throws Exception {
		String tag = "feedtest" + Long.toString(System.nanoTime(), 36);
		NewsPost tagged = post("Tagged " + UUID.randomUUID(), Instant.now().minusSeconds(5), tag);
		NewsPost other = post("Untagged " + UUID.randomUUID(), Instant.now().minusSeconds(5));

		Feed all = atom("/news/feed.atom");
		assertValid(all);
		assertThat(all.getEntries()).extracting(Entry::getTitle).contains(tagged.getTitle(), other.getTitle());

		Feed byTag = atom("/news/tags/" + tag + "/feed.atom");
		assertValid(byTag);
		assertThat(byTag.getEntries()).extracting(Entry::getTitle).containsExactly(tagged.getTitle());
		assertThat(byTag.getTitle()).contains(tag);
		mvc.perform(get("/news/tags/no-such-tag-here/feed.atom")).andExpect(status().isNotFound());
	}

	private Feed atom(String path) throws Exception {
		String xml = mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/atom+xml")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(xml).contains("xmlns=\"http://www.w3.org/2005/Atom\"");
		return (Feed) new WireFeedInput().build(new StringReader(xml));
	}

	private static void assertValid(Feed feed) {
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getId()).isNotBlank();
		assertThat(feed.getTitle()).isNotBlank();
		assertThat(feed.getUpdated()).isNotNull();
		assertThat(feed.getAuthors()).isNotEmpty();
		assertThat(feed.getAlternateLinks()).extracting(Link::getRel).containsExactly("alternate");
		assertThat(feed.getOtherLinks()).extracting(Link::getRel).contains("self");
		for (Entry entry : feed.getEntries()) {
			assertThat(entry.getId()).isNotBlank();
			assertThat(entry.getTitle()).isNotBlank();
			assertThat(entry.getUpdated()).isNotNull();
			assertThat(entry.getAuthors()).isNotEmpty();
			assertThat(entry.getAlternateLinks()).extracting(Link::getHref).allMatch(h -> h.contains("/news/"));
		}
	}
}
