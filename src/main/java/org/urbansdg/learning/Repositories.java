package org.urbansdg.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseRepository extends JpaRepository<Course, Long> {

	List<Course> findByStatusOrderByPublishedAtDesc(Course.Status status);

	List<Course> findAllByOrderByIdDesc();

	boolean existsByTitle(String title);
}

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

	Optional<Enrolment> findByCourseIdAndUserId(long courseId, long userId);

	List<Enrolment> findByUserIdOrderByLastActivityAtDesc(long userId);

	List<Enrolment> findByCourseIdOrderByEnrolledAtAsc(long courseId);
}

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

	List<QuizAttempt> findByEnrolmentIdAndModuleIdOrderByNumberAsc(long enrolmentId, long moduleId);

	List<QuizAttempt> findByEnrolmentIdOrderByNumberAsc(long enrolmentId);
}

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

	List<TrainingSession> findAllByOrderByStartsOnDesc();

	/** Locks the session's row, so that two decisions at once cannot both take the last seat. */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@org.springframework.data.jpa.repository.Query("select s from TrainingSession s where s.id = :id")
	Optional<TrainingSession> lockById(long id);

	boolean existsByTitle(String title);
}

interface TrainingApplicationRepository extends JpaRepository<TrainingApplication, Long> {

	Optional<TrainingApplication> findBySessionIdAndUserId(long sessionId, long userId);

	List<TrainingApplication> findBySessionIdOrderBySubmittedAtAsc(long sessionId);
}
