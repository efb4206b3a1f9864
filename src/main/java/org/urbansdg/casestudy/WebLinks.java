package org.urbansdg.casestudy;

import java.util.List;

/** Web addresses about a case: pages, and videos (each checked to be http or https). */
record WebLinks(List<String> pages, List<String> videos) {

	WebLinks {
		pages = List.copyOf(pages);
		videos = List.copyOf(videos);
	}
}
