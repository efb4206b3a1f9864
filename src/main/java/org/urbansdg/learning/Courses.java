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
import org.urbansdg.sdg.SdgCatalogue;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;
import org.urbansdg.shared.UploadCheck;

/** The course catalogue, and authoring by trainers and the secretariat (draft → published). */
@Service
@Transactional(readOnly = true)
public class Courses {

	/** One option line of a question as the author wrote it. */
	record OptionLine(String text, boolean correct) {
	}

	/** The settings form's content, checked by the controller. */
	record Settings(Set<String> targets, Set<String> themes, Set<Long> trainers, Course.Audience audience,
			String coverAlt, UploadCheck.CheckedFile cover) {
	}

	private final CourseRepository courses;

	private final CourseCoverRepository covers;

	private final EnrolmentRepository enrolments;

	private final QuizAttemptRepository attempts;

	private final Members members;

	private final SdgCatalogue catalogue;

	private final org.urbansdg.account.Accounts accounts;

	private final Clock clock;

	Courses(CourseRepository courses, CourseCoverRepository covers, EnrolmentRepository enrolments,
			QuizAttemptRepository attempts, Members members, SdgCatalogue catalogue,
			org.urbansdg.account.Accounts accounts, Optional<Clock> clock) {
		this.courses = courses;
		this.covers = covers;
		this.enrolments = enrolments;
		this.attempts = attempts;
		this.members = members;
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public List<Course> published() {
		List<Course> list = courses.findByStatusOrderByPublishedAtDesc(Course.Status.PUBLISHED);
		list.forEach(Course::loaded);
		return list;
	}

	/** @throws NotFoundException for unknown courses and drafts the actor may not see */
	Course get(Actor actor, long id) {
		return courses.findById(id).filter(c -> CoursePermissions.canView(actor, c)).map(Course::loaded)
			.orElseThrow(NotFoundException::new);
	}

	/** A course the actor may change; others answer 404 so ids reveal nothing. */
	public Course authored(Actor actor, long id) {
		return courses.findById(id).filter(c -> CoursePermissions.canAuthor(actor, c)).map(Course::loaded)
			.orElseThrow(NotFoundException::new);
	}

	List<Course> teachable(Actor actor) {
		CoursePermissions.requireCreator(actor);
		List<Course> list = courses.findAllByOrderByIdDesc().stream().filter(c -> CoursePermissions.canAuthor(actor, c))
			.toList();
		list.forEach(Course::loaded);
		return list;
	}

	@Transactional
	long create(Actor actor, CourseDetails details, Long providerId) {
		CoursePermissions.requireCreator(actor);
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
	 * Reads options given one per line; lines starting with "*" are the correct ones. A question with one correct
	 * option is multiple choice, with more it is multiple answer.
	 * @throws DomainException {@code learning.question.needsOptions} for fewer than two options or none correct
	 */
	static List<OptionLine> options(String optionLines) {
		List<OptionLine> lines = (optionLines == null ? "" : optionLines).lines().map(String::strip)
			.filter(l -> !l.isEmpty() && !l.equals("*"))
			.map(l -> l.startsWith("*") ? new OptionLine(l.substring(1).strip(), true) : new OptionLine(l, false))
			.toList();
		if (lines.size() < 2 || lines.stream().noneMatch(OptionLine::correct)) {
			throw new DomainException("learning.question.needsOptions");
		}
		if (lines.stream().anyMatch(l -> l.text().length() > 1000)) {
			throw new DomainException("learning.question.optionTooLong");
		}
		return lines;
	}

	/** Adds a question; attempts still open were shown the quiz without it, so they start afresh. */
	@Transactional
	void addQuestion(Actor actor, long id, long moduleId, String text, String optionLines, String feedback) {
		List<OptionLine> lines = options(optionLines);
		CourseModule module = module(actor, id, moduleId);
		QuizQuestion question = module.addQuestion(text, lines.stream().filter(OptionLine::correct).count() > 1,
				feedback);
		lines.forEach(l -> question.addOption(l.text(), l.correct()));
		attempts.deleteOpen(moduleId);
	}

	/**
	 * Changes a question. Its wording and feedback can always change; its options only until a learner has answered
	 * the quiz, since past attempts are graded and shown by option.
	 */
	@Transactional
	void reviseQuestion(Actor actor, long id, long questionId, String text, String optionLines, String feedback) {
		List<OptionLine> lines = options(optionLines);
		QuizQuestion question = question(actor, id, questionId);
		boolean sameOptions = question.getOptions().stream().map(o -> new OptionLine(o.getText(), o.isCorrect()))
			.toList().equals(lines);
		long moduleId = question.getModule().getId();
		if (!sameOptions && attempts.existsByModuleIdAndSubmittedAtIsNotNull(moduleId)) {
			throw new DomainException("learning.question.answered");
		}
		question.revise(text, lines.stream().filter(OptionLine::correct).count() > 1, feedback);
		if (!sameOptions) {
			question.getOptions().clear();
			lines.forEach(l -> question.addOption(l.text(), l.correct()));
			attempts.deleteOpen(moduleId);
		}
	}

	@Transactional
	void moveQuestion(Actor actor, long id, long questionId, int delta) {
		QuizQuestion question = question(actor, id, questionId);
		question.getModule().moveQuestion(question, delta);
	}

	/** Refused once a learner has answered the module's quiz: their results are graded by these questions. */
	@Transactional
	void deleteQuestion(Actor actor, long id, long questionId) {
		QuizQuestion question = question(actor, id, questionId);
		long moduleId = question.getModule().getId();
		if (attempts.existsByModuleIdAndSubmittedAtIsNotNull(moduleId)) {
			throw new DomainException("learning.question.answered");
		}
		attempts.deleteOpen(moduleId);
		question.getModule().removeQuestion(question);
	}

	@Transactional
	void reviseModule(Actor actor, long id, long moduleId, String title, int passPercent, int maxAttempts) {
		module(actor, id, moduleId).revise(title, passPercent, maxAttempts);
	}

	@Transactional
	void moveModule(Actor actor, long id, long moduleId, int delta) {
		Course course = authored(actor, id);
		course.moveModule(course.module(moduleId).orElseThrow(NotFoundException::new), delta);
	}

	/** Refused once a learner has read one of its lessons or tried its quiz: their progress would vanish. */
	@Transactional
	void deleteModule(Actor actor, long id, long moduleId) {
		Course course = authored(actor, id);
		CourseModule module = course.module(moduleId).orElseThrow(NotFoundException::new);
		List<Long> lessonIds = module.getLessons().stream().map(Lesson::getId).toList();
		if ((!lessonIds.isEmpty() && enrolments.anyViewed(lessonIds)) || attempts.existsByModuleId(moduleId)) {
			throw new DomainException("learning.module.inUse");
		}
		course.removeModule(module);
	}

	@Transactional
	void reviseLesson(Actor actor, long id, long lessonId, String title, String body, String videoUrl,
			List<Lesson.Material> materials, List<Long> caseIds) {
		lesson(actor, id, lessonId).revise(title, body, videoUrl, materials, caseIds);
	}

	@Transactional
	void moveLesson(Actor actor, long id, long lessonId, int delta) {
		Lesson lesson = lesson(actor, id, lessonId);
		lesson.getModule().moveLesson(lesson, delta);
	}

	/** Refused once a learner has read the lesson; the author can still change its text. */
	@Transactional
	void deleteLesson(Actor actor, long id, long lessonId) {
		Lesson lesson = lesson(actor, id, lessonId);
		if (enrolments.anyViewed(List.of(lessonId))) {
			throw new DomainException("learning.lesson.inUse");
		}
		Course course = lesson.getModule().getCourse();
		if (course.isPublished() && course.lessons().size() == 1) {
			throw new DomainException("learning.course.empty");
		}
		lesson.getModule().removeLesson(lesson);
	}

	Lesson lesson(Actor actor, long id, long lessonId) {
		return authored(actor, id).lesson(lessonId).orElseThrow(NotFoundException::new);
	}

	QuizQuestion question(Actor actor, long id, long questionId) {
		return authored(actor, id).getModules().stream().flatMap(m -> m.getQuestions().stream())
			.filter(q -> q.getId() == questionId).findFirst().orElseThrow(NotFoundException::new);
	}

	/** People who may be named trainers: everyone holding the trainer role. */
	List<org.urbansdg.account.Accounts.Profile> trainerCandidates() {
		return accounts.allUsers().stream().filter(p -> p.roles().contains(Role.TRAINER))
			.sorted(java.util.Comparator.comparing(org.urbansdg.account.Accounts.Profile::displayName)).toList();
	}

	/**
	 * Saves the settings: targets and themes from the catalogue, trainers who hold the trainer role, who may enrol,
	 * and the cover image (alt text required whenever there is a cover).
	 */
	@Transactional
	void settings(Actor actor, long id, Settings settings) {
		Course course = authored(actor, id);
		if (settings.targets().stream().anyMatch(t -> catalogue.target(t).isEmpty())
				|| settings.themes().stream().anyMatch(t -> catalogue.theme(t).isEmpty())) {
			throw new DomainException("learning.settings.unknownCode");
		}
		Set<Long> trainerIds = trainerCandidates().stream().map(org.urbansdg.account.Accounts.Profile::id)
			.collect(java.util.stream.Collectors.toSet());
		if (!trainerIds.containsAll(settings.trainers())) {
			throw new DomainException("learning.settings.notATrainer");
		}
		boolean hasCover = settings.cover() != null || course.hasCover();
		String alt = settings.coverAlt() == null ? "" : settings.coverAlt().strip();
		if (hasCover && alt.isEmpty()) {
			throw new DomainException("learning.settings.coverAltMissing");
		}
		course.classify(settings.targets(), settings.themes());
		course.teachBy(settings.trainers());
		course.openTo(settings.audience());
		if (settings.cover() != null) {
			course.coverWith(settings.cover().contentType(), alt);
			covers.findById(id).ifPresentOrElse(c -> c.replace(settings.cover().content()),
					() -> covers.save(new CourseCover(id, settings.cover().content())));
		}
		else if (course.hasCover()) {
			course.describeCover(alt);
		}
	}

	/** The cover of a course the actor may see. */
	byte[] cover(Actor actor, long id) {
		get(actor, id);
		return covers.findById(id).map(CourseCover::getContent).orElseThrow(NotFoundException::new);
	}

	@Transactional
	void openTo(Actor actor, long id, Course.Audience audience) {
		authored(actor, id).openTo(audience);
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
}
