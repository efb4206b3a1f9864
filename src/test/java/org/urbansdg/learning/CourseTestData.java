package org.urbansdg.learning;

import java.util.List;

import org.urbansdg.account.Actor;

/** Courses for tests in other packages (the learning module's own methods are package-private). */
public final class CourseTestData {

	private CourseTestData() {
	}

	/** A course with one lesson, published or left a draft. */
	public static long course(Courses courses, Actor author, String title, String summary, String language,
			boolean publish) {
		long id = courses.create(author, new CourseDetails(title, summary, language, Course.Level.INTRODUCTORY, 2), null);
		courses.addModule(author, id, "Basics", 100, 2);
		long module = courses.authored(author, id).getModules().get(0).getId();
		courses.addLesson(author, id, module, "First lesson", "Read this.", null, List.of(), List.of());
		if (publish) {
			courses.publish(author, id);
		}
		return id;
	}
}
