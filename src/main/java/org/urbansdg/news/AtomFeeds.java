package org.urbansdg.news;

import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.springframework.stereotype.Component;
import org.urbansdg.shared.Mailer;

/**
 * Atom (RFC 4287) feeds of news written with ROME: the feed and each entry have an id, a title, an updated time,
 * an author and a link to their page; the feed also links to itself.
 */
@Component
class AtomFeeds {

	private final Mailer mailer;

	AtomFeeds(Mailer mailer) {
		this.mailer = mailer;
	}

	String feed(String title, String pagePath, String selfPath, List<NewsPost> posts, java.util.Map<Long, String> authors,
			String networkName) {
		Feed feed = new Feed("atom_1.0");
		feed.setId(mailer.link(selfPath));
		feed.setTitle(title);
		feed.setAlternateLinks(List.of(link("alternate", mailer.link(pagePath), "text/html")));
		feed.setOtherLinks(List.of(link("self", mailer.link(selfPath), "application/atom+xml")));
		feed.setAuthors(List.of(person(networkName)));
		feed.setUpdated(Date.from(posts.stream()
			.map(p -> p.getUpdatedAt().isAfter(p.getPublishedAt()) ? p.getUpdatedAt() : p.getPublishedAt())
			.max(java.util.Comparator.naturalOrder())
			.orElse(java.time.Instant.EPOCH)));
		feed.setEntries(posts.stream().map(p -> entry(p, authors.getOrDefault(p.getAuthorId(), networkName))).toList());
		try {
			return new WireFeedOutput().outputString(feed);
		}
		catch (FeedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Entry entry(NewsPost p, String author) {
		String url = mailer.link("/news/" + p.getId());
		Entry entry = new Entry();
		entry.setId(url);
		entry.setTitle(p.getTitle());
		entry.setAlternateLinks(List.of(link("alternate", url, "text/html")));
		entry.setPublished(Date.from(p.getPublishedAt()));
		entry.setUpdated(Date.from(p.getUpdatedAt().isAfter(p.getPublishedAt()) ? p.getUpdatedAt() : p.getPublishedAt()));
		entry.setAuthors(List.of(person(author)));
		Content summary = new Content();
		summary.setType("text");
		summary.setValue(p.getSummary());
		entry.setSummary(summary);
		entry.setCategories(p.getTags().stream().map(t -> {
			com.rometools.rome.feed.atom.Category c = new com.rometools.rome.feed.atom.Category();
			c.setTerm(t);
			return c;
		}).toList());
		return entry;
	}

	private static Link link(String rel, String href, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	private static Person person(String name) {
		Person person = new Person();
		person.setName(name);
		return person;
	}
}
