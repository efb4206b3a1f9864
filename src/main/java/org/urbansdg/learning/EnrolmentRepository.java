package org.urbansdg.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

	Optional<Enrolment> findByCourseIdAndUserId(long courseId, long userId);

	/** Locks the learner's enrolment until the transaction ends, so that their quiz starts happen one at a time. */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@org.springframework.data.jpa.repository.Query("select e from Enrolment e where e.courseId = :courseId and e.userId = :userId")
	Optional<Enrolment> lockByCourseIdAndUserId(long courseId, long userId);

	List<Enrolment> findByUserIdOrderByLastActivityAtDesc(long userId);

	List<Enrolment> findByCourseIdOrderByEnrolledAtAsc(long courseId);

	@org.springframework.data.jpa.repository.Query("select count(e) > 0 from Enrolment e join e.viewedLessons v where v in :lessonIds")
	boolean anyViewed(java.util.Collection<Long> lessonIds);
}
