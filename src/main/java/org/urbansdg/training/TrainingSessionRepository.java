package org.urbansdg.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

	List<TrainingSession> findAllByOrderByStartsOnDesc();

	List<TrainingSession> findByStartsOnBetween(LocalDate from, LocalDate to);

	/** Locks the session's row, so that two decisions at once cannot both take the last seat. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from TrainingSession s where s.id = :id")
	Optional<TrainingSession> lockById(long id);
}
