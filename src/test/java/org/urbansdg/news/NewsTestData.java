package org.urbansdg.news;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** News posts for tests in other packages (the news module's own methods are package-private). */
public final class NewsTestData {

	private NewsTestData() {
	}

	/** A post released at {@code at} (null: a draft). */
	public static NewsPost post(News news, long authorId, String title, String summary, String body, Instant at) {
		return news.save(null, authorId, new NewsPost.Content(title, summary, body, null, new TreeSet<>(), Set.of(11),
				Set.of(), Set.of(), Set.of()), at, null);
	}
}
