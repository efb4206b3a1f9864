package org.urbansdg.home;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.PlatformTest;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The home page gathers news and events; the sitemap lists every public page and robots.txt points at it. */
@PlatformTest
class SitemapAndHomeTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theHomePageShowsTheLatestNewsAndTheNextEvents() throws Exception {
		org.jsoup.nodes.Document home = Jsoup.parse(page("/"));
		assertThat(home.select("#news + ul .news-card")).hasSizeBetween(1, 3);
		assertThat(home.select("#events + ul .event-card")).hasSizeBetween(1, 3);
		assertThat(home.select("nav.main-nav a").eachText()).contains("News", "Events");
	}

	@Test
	void theSitemapListsCasesNewsAndEvents() throws Exception {
		String xml = page("/sitemap.xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		NodeList locs = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
		List<String> urls = new ArrayList<>();
		for (int i = 0; i < locs.getLength(); i++) {
			urls.add(locs.item(i).getTextContent());
		}
		assertThat(urls).anyMatch(u -> u.matches("http://localhost/cases/\\d+"))
			.anyMatch(u -> u.matches("http://localhost/news/\\d+"))
			.anyMatch(u -> u.matches("http://localhost/events/\\d+"))
			.contains("http://localhost/news", "http://localhost/events");
	}

	@Test
	void robotsTxtPointsAtTheSitemap() throws Exception {
		assertThat(page("/robots.txt")).contains("Sitemap: http://localhost/sitemap.xml").contains("Disallow: /admin/");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
