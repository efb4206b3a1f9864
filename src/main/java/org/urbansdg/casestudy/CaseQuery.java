package org.urbansdg.casestudy;

import java.util.Locale;

/**
 * What a visitor filters the published cases by; every part is optional. Bound from the browse page's query string,
 * so a filtered list has a URL that can be shared.
 */
record CaseQuery(String q, Integer goal, String target, String theme, String country, Long city, Integer page) {

	static final int PAGE_SIZE = 20;

	int pageIndex() {
		return page == null || page < 1 ? 0 : page - 1;
	}

	boolean isEmpty() {
		return blank(q) && goal == null && blank(target) && blank(theme) && blank(country) && city == null;
	}

	/** The text typed, as a LIKE pattern with its wildcards escaped. */
	String likePattern() {
		String escaped = q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
