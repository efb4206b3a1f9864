package org.urbansdg.learning;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.certificate.Certificate;
import org.urbansdg.certificate.Certificates;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;

/** Learning a course: enrolment, lessons viewed, quiz attempts, and completion with a certificate. */
@Service
@Transactional(readOnly = true)
public class Enrolments {

	static final String SOURCE = "enrolment";

	/** A learner's course on the dashboard, with where to continue (a lesson, or else a quiz still to pass). */
	record Progress(Course course, Enrolment enrolment, int percent, Lesson nextLesson, CourseModule nextQuiz) {
	}

	/** A module's quiz as the learner sees it: earlier attempts, the open one, and what is left. */
	record QuizState(Course course, CourseModule module, Enrolment enrolment, List<QuizAttempt> attempts,
			QuizAttempt open, boolean passed, int attemptsLeft) {

		public QuizAttempt last() {
			return attempts.stream().filter(a -> !a.isOpen()).reduce((a, b) -> b).orElse(null);
		}
	}

	/** One learner's results, for trainers and the CSV export. */
	record Result(Enrolment enrolment, String name, String email, int percent, Map<Long, Integer> bestScores) {
	}

	private final Courses courses;

	private final EnrolmentRepository enrolments;

	private final QuizAttemptRepository attempts;

	private final Certificates certificates;

	private final Accounts accounts;

	private final org.urbansdg.member.Members members;

	private final Clock clock;

	private final Random random = new SecureRandom();

	Enrolments(Courses courses, EnrolmentRepository enrolments, QuizAttemptRepository attempts,
			Certificates certificates, Accounts accounts, org.urbansdg.member.Members members, Optional<Clock> clock) {
		this.members = members;
		this.courses = courses;
		this.enrolments = enrolments;
		this.attempts = attempts;
		this.certificates = certificates;
		this.accounts = accounts;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Transactional
	public long enrol(Actor actor, long courseId) {
		Course course = courses.get(actor, courseId);
		if (enrolments.findByCourseIdAndUserId(courseId, actor.userId()).isPresent()) {
			throw new DomainException("learning.enrol.twice");
		}
		if (!admits(course, actor)) {
			throw new DomainException("learning.enrol.membersOnly");
		}
		try {
			return enrolments.saveAndFlush(new Enrolment(course, actor.userId(), clock.instant())).getId();
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			// Two requests at once (a double click): the database's unique constraint decides, with the same message.
			throw new DomainException("learning.enrol.twice");
		}
	}

	/**
	 * Whether the actor may enrol: anyone signed in when the course is open to all registered users, otherwise only
	 * people confirmed for a member organisation in good standing.
	 */
	boolean admits(Course course, Actor actor) {
		if (actor == null) {
			return false;
		}
		if (course.getAudience() == Course.Audience.REGISTERED) {
			return true;
		}
		return actor.organisationId() != null && members.organisation(actor.organisationId())
			.map(org.urbansdg.member.Organisation::isInGoodStanding).orElse(false);
	}

	Optional<Enrolment> enrolment(Actor actor, long courseId) {
		return actor == null ? Optional.empty()
				: enrolments.findByCourseIdAndUserId(courseId, actor.userId()).map(Enrolments::loaded);
	}

	/** Marks a lesson viewed (authors may preview without enrolling) and completes the course if that was all. */
	@Transactional
	Lesson view(Actor actor, long courseId, long lessonId) {
		Course course = courses.get(actor, courseId);
		Lesson lesson = course.lesson(lessonId).orElseThrow(NotFoundException::new);
		Optional<Enrolment> enrolment = enrolments.findByCourseIdAndUserId(courseId, actor.userId());
		if (enrolment.isEmpty()) {
			if (CoursePermissions.canAuthor(actor, course)) {
				return lesson;
			}
			throw new DomainException("learning.enrol.first");
		}
		enrolment.get().view(lesson, clock.instant());
		completeIfDone(actor, course, enrolment.get());
		return lesson;
	}

	QuizState quiz(Actor actor, long courseId, long moduleId) {
		Course course = courses.get(actor, courseId);
		CourseModule module = course.module(moduleId).filter(CourseModule::hasQuiz).orElseThrow(NotFoundException::new);
		Enrolment enrolment = enrolled(actor, courseId);
		List<QuizAttempt> list = attempts.findByEnrolmentIdAndModuleIdOrderByNumberAsc(enrolment.getId(), moduleId);
		QuizAttempt open = list.stream().filter(QuizAttempt::isOpen).findFirst().orElse(null);
		boolean passed = list.stream().anyMatch(QuizAttempt::isPassed);
		// Only answered attempts are used: an attempt started and left is resumed, never counted on its own.
		long answered = list.stream().filter(a -> !a.isOpen()).count();
		return new QuizState(course, module, enrolment, list, open, passed,
				(int) Math.max(0, module.getMaxAttempts() - answered));
	}

	/**
	 * Starts an attempt with its own shuffled order, or resumes the attempt already open (same order), so that
	 * opening a quiz and leaving it never uses up an attempt. Open attempts are discarded when the quiz changes.
	 * The enrolment is locked first, so that starts sent at once open one attempt (the others resume it).
	 */
	@Transactional
	public long start(Actor actor, long courseId, long moduleId) {
		if (actor != null) {
			enrolments.lockByCourseIdAndUserId(courseId, actor.userId());
		}
		QuizState state = quiz(actor, courseId, moduleId);
		if (state.passed()) {
			throw new DomainException("learning.quiz.alreadyPassed");
		}
		if (state.open() != null) {
			return state.open().getId();
		}
		return attempts.saveAndFlush(new QuizAttempt(state.enrolment(), state.module(), state.attempts().size() + 1,
				random, clock.instant())).getId();
	}

	/**
	 * Grades an attempt by option id; an attempt already answered, or someone else's, is refused. The attempt is
	 * locked before anything is read, so parallel submissions of one attempt are graded once.
	 */
	@Transactional
	QuizAttempt answer(Actor actor, long courseId, long moduleId, long attemptId, Set<Long> chosen) {
		attempts.lockById(attemptId);
		QuizState state = quiz(actor, courseId, moduleId);
		QuizAttempt attempt = state.attempts().stream().filter(a -> a.getId() == attemptId).findFirst()
			.orElseThrow(NotFoundException::new);
		if (!attempt.isOpen() && state.attemptsLeft() == 0 && !state.passed()) {
			throw new DomainException("learning.quiz.noAttemptsLeft", state.module().getMaxAttempts());
		}
		attempt.submit(state.module(), chosen, clock.instant());
		if (attempt.isPassed()) {
			completeIfDone(actor, state.course(), state.enrolment());
		}
		return attempt;
	}

	List<Progress> dashboard(Actor actor) {
		List<Progress> list = new ArrayList<>();
		for (Enrolment e : enrolments.findByUserIdOrderByLastActivityAtDesc(actor.userId())) {
			Course course = courses.get(actor, e.getCourseId());
			loaded(e);
			list.add(new Progress(course, e, e.percentViewed(course), e.next(course).orElse(null),
					e.isCompleted() ? null : firstQuizToPass(course, e).orElse(null)));
		}
		return list;
	}

	Progress progress(Actor actor, Course course) {
		return enrolment(actor, course.getId())
			.map(e -> new Progress(course, e, e.percentViewed(course), e.next(course).orElse(null),
					e.isCompleted() ? null : firstQuizToPass(course, e).orElse(null)))
			.orElse(null);
	}

	/** Results of everyone enrolled, for the course's trainers and the secretariat. */
	List<Result> results(Actor actor, long courseId) {
		Course course = courses.authored(actor, courseId);
		List<Enrolment> list = enrolments.findByCourseIdOrderByEnrolledAtAsc(courseId);
		Map<Long, String> names = accounts.displayNames(list.stream().map(Enrolment::getUserId).toList());
		List<Result> results = new ArrayList<>();
		for (Enrolment e : list) {
			loaded(e);
			Map<Long, Integer> best = new java.util.LinkedHashMap<>();
			for (QuizAttempt a : attempts.findByEnrolmentIdOrderByNumberAsc(e.getId())) {
				if (a.getScore() != null) {
					best.merge(a.getModuleId(), a.getScore(), Math::max);
				}
			}
			String email = accounts.actor(e.getUserId()).map(Actor::email).orElse("");
			results.add(new Result(e, names.getOrDefault(e.getUserId(), ""), email, e.percentViewed(course), best));
		}
		return results;
	}

	private Optional<CourseModule> firstQuizToPass(Course course, Enrolment enrolment) {
		return course.modulesWithQuiz().stream().filter(m -> !passed(enrolment, m)).findFirst();
	}

	private boolean passed(Enrolment enrolment, CourseModule module) {
		return attempts.findByEnrolmentIdAndModuleIdOrderByNumberAsc(enrolment.getId(), module.getId()).stream()
			.anyMatch(QuizAttempt::isPassed);
	}

	/** Completion: every lesson viewed and every quiz passed. The certificate is issued in the same transaction. */
	private void completeIfDone(Actor actor, Course course, Enrolment enrolment) {
		if (enrolment.isCompleted() || !enrolment.viewedAll(course) || firstQuizToPass(course, enrolment).isPresent()) {
			return;
		}
		enrolment.complete(clock.instant());
		String issuer = course.getProvider() == null ? Certificates.PLATFORM : course.getProvider().getName();
		Certificate certificate = certificates.issue(new Certificates.Issue(Certificate.Kind.COURSE,
				actor.displayName(), actor.userId(), course.getTitle(), course.getEstimatedHours() + " hours",
				LocalDate.now(clock.withZone(ZoneOffset.UTC)), issuer, SOURCE, enrolment.getId()));
		enrolment.certified(certificate.getCode());
	}

	private Enrolment enrolled(Actor actor, long courseId) {
		if (actor == null) {
			throw new NotFoundException();
		}
		return enrolments.findByCourseIdAndUserId(courseId, actor.userId())
			.orElseThrow(() -> new DomainException("learning.enrol.first"));
	}

	private static Enrolment loaded(Enrolment enrolment) {
		enrolment.getViewedLessons().size();
		return enrolment;
	}
}
