package org.urbansdg.home;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.urbansdg.calendar.CalendarEvent;
import org.urbansdg.calendar.EventCalendar;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.casestudy.CaseStudy;
import org.urbansdg.news.News;
import org.urbansdg.news.NewsPost;
import org.urbansdg.shared.Mailer;

/** {@code sitemap.xml} (sitemaps.org 0.9) of the public pages, and {@code robots.txt} pointing at it. */
@Controller
class SitemapController {

	static final int MOST = 10_000;

	private final CaseStudies caseStudies;

	private final News news;

	private final EventCalendar calendar;

	private final Mailer mailer;

	SitemapController(CaseStudies caseStudies, News news, EventCalendar calendar, Mailer mailer) {
		this.caseStudies = caseStudies;
		this.news = news;
		this.calendar = calendar;
		this.mailer = mailer;
	}

	record Url(String path, Instant modified) {
	}

	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() {
		List<Url> urls = new ArrayList<>();
		for (String path : List.of("/", "/cases", "/news", "/events", "/events/past", "/events/calendar")) {
			urls.add(new Url(path, null));
		}
		for (CaseStudy c : caseStudies.latest(MOST)) {
			urls.add(new Url("/cases/" + c.getId(), c.getUpdatedAt()));
		}
		for (NewsPost p : news.latest(MOST)) {
			urls.add(new Url("/news/" + p.getId(), p.getUpdatedAt()));
		}
		for (CalendarEvent e : calendar.all()) {
			urls.add(new Url("/events/" + e.getId(), e.getUpdatedAt()));
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (Url url : urls) {
			xml.append("  <url><loc>").append(escape(mailer.link(url.path()))).append("</loc>");
			if (url.modified() != null) {
				xml.append("<lastmod>").append(url.modified().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append("</lastmod>");
			}
			xml.append("</url>\n");
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.append("</urlset>\n").toString());
	}

	@GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots() {
		String body = "User-agent: *\nDisallow: /admin/\nDisallow: /review/\nDisallow: /workspace/\nDisallow: /account/\n"
				+ "\nSitemap: " + mailer.link("/sitemap.xml") + "\n";
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(body);
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
