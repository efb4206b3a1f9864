package org.urbansdg.search;

import org.springframework.web.util.UriComponentsBuilder;
import org.urbansdg.casestudy.search.CaseSearchQuery;
import org.urbansdg.shared.QueryLinks;

/**
 * A search on the news, events or courses tab, bound from the same query string as the cases tab: the words, the
 * tab, the order and the page. The words are cleaned and capped as for cases; nothing else is trusted either.
 */
record ContentQuery(String q, String type, String sort, String page) {

	public String text() {
		return CaseSearchQuery.of(q).text();
	}

	public ContentType contentType() {
		return ContentType.of(type);
	}

	public boolean newestFirst() {
		return "newest".equals(sort) || text().isEmpty();
	}

	public int pageNumber() {
		if (page == null || page.isEmpty() || page.length() > 6 || !page.chars().allMatch(Character::isDigit)) {
			return 1;
		}
		return Math.max(1, Math.min(Integer.parseInt(page), CaseSearchQuery.MAX_PAGE));
	}

	/** The same words on another tab (cases: no filters), first page. */
	public String tab(ContentType tab) {
		return link(tab, text(), 1);
	}

	/** This search on another page. */
	public String link(int page) {
		return link(contentType(), text(), page);
	}

	/** This search with other words ("did you mean"). */
	public String withText(String text) {
		return link(contentType(), text, 1);
	}

	private String link(ContentType tab, String text, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search");
		if (!text.isEmpty()) {
			uri.queryParam("q", text);
		}
		if (tab != ContentType.CASES) {
			uri.queryParam("type", tab.param);
		}
		if ("newest".equals(sort) || "relevance".equals(sort)) {
			uri.queryParam("sort", sort);
		}
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return QueryLinks.of(uri);
	}
}
