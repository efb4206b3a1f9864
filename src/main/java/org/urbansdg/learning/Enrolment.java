package org.urbansdg.learning;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.urbansdg.shared.DomainException;

/** A learner's place in a course: the lessons viewed, where they left off, and completion. */
@Entity
@Table(name = "enrolment")
class Enrolment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long courseId;

	private long userId;

	private Instant enrolledAt;

	private Long lastLessonId;

	private Instant lastActivityAt;

	private Instant completedAt;

	private String certificateCode;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "lesson_view", joinColumns = @JoinColumn(name = "enrolment_id"))
	@Column(name = "lesson_id")
	private Set<Long> viewedLessons = new HashSet<>();

	protected Enrolment() {
	}

	Enrolment(Course course, long userId, Instant now) {
		if (!course.isPublished()) {
			throw new DomainException("learning.enrol.notPublished");
		}
		this.courseId = course.getId();
		this.userId = userId;
		this.enrolledAt = now;
		this.lastActivityAt = now;
	}

	void view(Lesson lesson, Instant now) {
		viewedLessons.add(lesson.getId());
		lastLessonId = lesson.getId();
		lastActivityAt = now;
	}

	boolean hasViewed(long lessonId) {
		return viewedLessons.contains(lessonId);
	}

	/** The lesson to continue with: the first unviewed one after where the learner left off, else the first unviewed. */
	Optional<Lesson> next(Course course) {
		List<Lesson> lessons = course.lessons();
		int from = 0;
		for (int i = 0; i < lessons.size(); i++) {
			if (lessons.get(i).getId().equals(lastLessonId)) {
				from = i + 1;
			}
		}
		for (int i = 0; i < lessons.size(); i++) {
			Lesson candidate = lessons.get((from + i) % lessons.size());
			if (!hasViewed(candidate.getId())) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	boolean viewedAll(Course course) {
		return course.lessons().stream().allMatch(l -> hasViewed(l.getId()));
	}

	int percentViewed(Course course) {
		int total = course.lessons().size();
		long seen = course.lessons().stream().filter(l -> hasViewed(l.getId())).count();
		return total == 0 ? 0 : (int) (seen * 100 / total);
	}

	void complete(Instant now) {
		if (completedAt != null) {
			throw new DomainException("learning.enrol.alreadyCompleted");
		}
		completedAt = now;
	}

	void certified(String code) {
		certificateCode = code;
	}

	boolean isCompleted() {
		return completedAt != null;
	}

	public Long getId() {
		return id;
	}

	public long getCourseId() {
		return courseId;
	}

	public long getUserId() {
		return userId;
	}

	public Instant getEnrolledAt() {
		return enrolledAt;
	}

	public Long getLastLessonId() {
		return lastLessonId;
	}

	public Instant getLastActivityAt() {
		return lastActivityAt;
	}

	public Instant getCompletedAt() {
		return completedAt;
	}

	public String getCertificateCode() {
		return certificateCode;
	}

	public Set<Long> getViewedLessons() {
		return viewedLessons;
	}
}
