package org.urbansdg.learning;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.member.Members;
import org.urbansdg.shared.DemoContent;

/**
 * The demo courses from {@code demo/learning.yml}, published by the demo trainer. Cases are named by title; a title
 * that names no published case fails start-up loudly.
 */
@Component
@Profile("demo")
@Order(40)
class DemoLearning implements ApplicationRunner {

	static final String TRAINER = "trainer@demo.urbansdg.org";

	private final CourseRepository courses;

	private final Members members;

	private final Accounts accounts;

	private final CaseStudies caseStudies;

	private final DemoContent demo;

	DemoLearning(CourseRepository courses, Members members, Accounts accounts, CaseStudies caseStudies,
			DemoContent demo) {
		this.courses = courses;
		this.members = members;
		this.accounts = accounts;
		this.caseStudies = caseStudies;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (courses.count() > 0) {
			return;
		}
		long trainer = accounts.actor(TRAINER).map(Actor::userId)
			.orElseThrow(() -> new IllegalStateException("The demo trainer account is missing"));
		Instant now = Instant.now();
		for (Map<String, Object> c : demo.section("courses")) {
			CourseDetails details = new CourseDetails(text(c, "title"), text(c, "summary"), text(c, "language"),
					Course.Level.valueOf(text(c, "level")), ((Number) c.get("hours")).intValue());
			Course course = new Course(details, members.organisationNamed(text(c, "provider")).orElseThrow(
					() -> new IllegalStateException("Unknown demo organisation " + c.get("provider"))), trainer, now);
			course.classify(new LinkedHashSet<>(strings(c, "targets")), new LinkedHashSet<>(strings(c, "themes")));
			course.openTo(Course.Audience.valueOf(String.valueOf(c.getOrDefault("audience", "REGISTERED"))));
			for (Map<String, Object> m : maps(c, "modules")) {
				CourseModule module = course.addModule(text(m, "title"), ((Number) m.get("passPercent")).intValue(),
						((Number) m.get("maxAttempts")).intValue());
				for (Map<String, Object> l : maps(m, "lessons")) {
					Lesson lesson = module.addLesson(text(l, "title"), text(l, "body"), (String) l.get("video"));
					for (Map<String, Object> material : maps(l, "materials")) {
						lesson.addMaterial(text(material, "label"), text(material, "url"));
					}
					for (String title : strings(l, "cases")) {
						lesson.addCaseStudy(caseStudies.publishedIdByTitle(title)
							.orElseThrow(() -> new IllegalStateException("No published demo case titled " + title)));
					}
				}
				for (Map<String, Object> q : maps(m, "questions")) {
					List<String> options = strings(q, "options");
					long correct = options.stream().filter(o -> o.startsWith("*")).count();
					QuizQuestion question = module.addQuestion(text(q, "text"), correct > 1, (String) q.get("feedback"));
					options.forEach(o -> question.addOption(o.startsWith("*") ? o.substring(1) : o, o.startsWith("*")));
				}
			}
			course.publish(now);
			courses.save(course);
		}
	}

	private static String text(Map<String, Object> map, String key) {
		return String.valueOf(map.get(key));
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Map<String, Object> map, String key) {
		return (List<String>) map.getOrDefault(key, List.of());
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Map<String, Object> map, String key) {
		return (List<Map<String, Object>>) map.getOrDefault(key, List.of());
	}
}
