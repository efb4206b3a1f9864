package org.urbansdg.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

	List<TrainingSession> findAllByOrderByStartsOnDesc();

	List<TrainingSession> findByStartsOnBetween(java.time.LocalDate from, java.time.LocalDate to);

	/** Locks the session's row, so that two decisions at once cannot both take the last seat. */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@org.springframework.data.jpa.repository.Query("select s from TrainingSession s where s.id = :id")
	Optional<TrainingSession> lockById(long id);
}

interface TrainingApplicationRepository extends JpaRepository<TrainingApplication, Long> {

	Optional<TrainingApplication> findBySessionIdAndUserId(long sessionId, long userId);

	List<TrainingApplication> findBySessionIdOrderBySubmittedAtAsc(long sessionId);

	List<TrainingApplication> findBySessionIdAndRemindedAtIsNull(long sessionId);
}

interface TrainingDocumentRepository extends JpaRepository<TrainingDocument, Long> {

	/** Lists without the bytes would need a projection; documents are few per application, so this stays simple. */
	List<TrainingDocument> findByApplicationIdOrderByIdAsc(long applicationId);
}
