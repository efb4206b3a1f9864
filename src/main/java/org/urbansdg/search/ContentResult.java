package org.urbansdg.search;

import java.time.Instant;
import java.util.List;

import org.urbansdg.casestudy.search.CaseSearchQuery;

/** One page of news posts, events or courses found, how many in all, and whether only similar spellings matched. */
record ContentResult(List<Hit> hits, long total, int page, boolean fuzzy) {

	public int pageCount() {
		return (int) Math.min(CaseSearchQuery.MAX_PAGE,
				(total + CaseSearchQuery.PAGE_SIZE - 1) / CaseSearchQuery.PAGE_SIZE);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pageCount();
	}

	/**
	 * An item found: its title, page, date (publication, or the start of an event), and a snippet as HTML in which
	 * the item's text is escaped and only the highlighter's {@code <mark>} tags are markup (null when no text
	 * matched); otherwise the start of its summary as plain text.
	 */
	public record Hit(String title, String url, Instant date, String snippetHtml, String summary) {
	}
}
