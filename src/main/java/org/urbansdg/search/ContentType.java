package org.urbansdg.search;

import java.util.Arrays;

import org.urbansdg.calendar.CalendarEvent;
import org.urbansdg.learning.Course;
import org.urbansdg.news.NewsPost;

/** The tabs of the search page: cases (the default, with facets), then news, events and courses. */
enum ContentType {

	CASES("cases", null, "/cases/"), NEWS("news", NewsPost.class, "/news/"),
	EVENTS("events", CalendarEvent.class, "/events/"), COURSES("courses", Course.class, "/courses/");

	final String param;

	final Class<?> entity;

	final String path;

	ContentType(String param, Class<?> entity, String path) {
		this.param = param;
		this.entity = entity;
		this.path = path;
	}

	public String param() {
		return param;
	}

	/** The tab a {@code type} parameter names; cases for anything else. */
	static ContentType of(String param) {
		return Arrays.stream(values()).filter(t -> t.param.equals(param)).findFirst().orElse(CASES);
	}
}
