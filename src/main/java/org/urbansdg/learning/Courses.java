package org.urbansdg.learning;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Role;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;

/** The course catalogue, and authoring by trainers and the secretariat (draft → published). */
@Service
@Transactional(readOnly = true)
public class Courses {

	private final CourseRepository courses;

	private final Members members;

	private final Clock clock;

	Courses(CourseRepository courses, Members members, Optional<Clock> clock) {
		this.courses = courses;
		this.members = members;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	static boolean canCreate(Actor actor) {
		return actor != null && (actor.has(Role.TRAINER) || actor.isSecretariat());
	}

	/** The secretariat, and trainers who teach the course. */
	static boolean canAuthor(Actor actor, Course course) {
		return actor != null && (actor.isSecretariat() || (actor.has(Role.TRAINER) && course.taughtBy(actor.userId())));
	}

	static boolean canView(Actor actor, Course course) {
		return course.isPublished() || canAuthor(actor, course);
	}

	public List<Course> published() {
		List<Course> list = courses.findByStatusOrderByPublishedAtDesc(Course.Status.PUBLISHED);
		list.forEach(Course::loaded);
		return list;
	}

	/** @throws NotFoundException for unknown courses and drafts the actor may not see */
	Course get(Actor actor, long id) {
		return courses.findById(id).filter(c -> canView(actor, c)).map(Course::loaded)
			.orElseThrow(NotFoundException::new);
	}

	/** A course the actor may change; others answer 404 so ids reveal nothing. */
	Course authored(Actor actor, long id) {
		return courses.findById(id).filter(c -> canAuthor(actor, c)).map(Course::loaded)
			.orElseThrow(NotFoundException::new);
	}

	List<Course> teachable(Actor actor) {
		requireCreator(actor);
		List<Course> list = courses.findAllByOrderByIdDesc().stream().filter(c -> canAuthor(actor, c)).toList();
		list.forEach(Course::loaded);
		return list;
	}

	@Transactional
	long create(Actor actor, CourseDetails details, Long providerId) {
		requireCreator(actor);
		return courses.save(new Course(details, provider(providerId), actor.userId(), clock.instant())).getId();
	}

	@Transactional
	void describe(Actor actor, long id, CourseDetails details, Long providerId) {
		authored(actor, id).describe(details, provider(providerId));
	}

	@Transactional
	void addModule(Actor actor, long id, String title, int passPercent, int maxAttempts) {
		authored(actor, id).addModule(title, passPercent, maxAttempts);
	}

	@Transactional
	void addLesson(Actor actor, long id, long moduleId, String title, String body, String videoUrl,
			List<Lesson.Material> materials, List<Long> caseIds) {
		Lesson lesson = module(actor, id, moduleId).addLesson(title, body, videoUrl);
		materials.forEach(m -> lesson.addMaterial(m.label(), m.url()));
		caseIds.forEach(lesson::addCaseStudy);
	}

	/**
	 * Adds a question whose options are given one per line; lines starting with "*" are the correct ones. A question
	 * with one correct option is multiple choice, with more it is multiple answer.
	 */
	@Transactional
	void addQuestion(Actor actor, long id, long moduleId, String text, String optionLines, String feedback) {
		List<String> lines = optionLines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("*")).toList();
		long correct = lines.stream().filter(l -> l.startsWith("*")).count();
		if (lines.size() < 2 || correct == 0) {
			throw new DomainException("learning.question.needsOptions");
		}
		QuizQuestion question = module(actor, id, moduleId).addQuestion(text, correct > 1, feedback);
		lines.forEach(l -> question.addOption(l.startsWith("*") ? l.substring(1).strip() : l, l.startsWith("*")));
	}

	@Transactional
	void publish(Actor actor, long id) {
		authored(actor, id).publish(clock.instant());
	}

	@Transactional
	void addTrainer(Actor actor, long id, long userId) {
		authored(actor, id).addTrainer(userId);
	}

	@Transactional
	void classify(Actor actor, long id, Set<String> targets, Set<String> themes) {
		authored(actor, id).classify(targets, themes);
	}

	boolean exists(String title) {
		return courses.existsByTitle(title);
	}

	private CourseModule module(Actor actor, long id, long moduleId) {
		return authored(actor, id).module(moduleId).orElseThrow(NotFoundException::new);
	}

	private Organisation provider(Long providerId) {
		return providerId == null ? null : members.organisation(providerId).orElseThrow(NotFoundException::new);
	}

	private static void requireCreator(Actor actor) {
		if (!canCreate(actor)) {
			throw new DomainException("learning.notTrainer");
		}
	}
}
