package org.urbansdg.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

	List<QuizAttempt> findByEnrolmentIdAndModuleIdOrderByNumberAsc(long enrolmentId, long moduleId);

	List<QuizAttempt> findByEnrolmentIdOrderByNumberAsc(long enrolmentId);

	boolean existsByModuleIdAndSubmittedAtIsNotNull(long moduleId);

	/**
	 * Locks the attempt's row until the transaction ends, so that the same attempt submitted twice at once is graded
	 * once: the second submission waits, then finds it answered.
	 */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@org.springframework.data.jpa.repository.Query("select a from QuizAttempt a where a.id = :id")
	java.util.Optional<QuizAttempt> lockById(long id);

	boolean existsByModuleId(long moduleId);

	/** Open attempts hold the order of the questions as they were; when the quiz changes they start afresh. */
	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("delete from QuizAttempt a where a.moduleId = :moduleId and a.submittedAt is null")
	int deleteOpen(long moduleId);
}
