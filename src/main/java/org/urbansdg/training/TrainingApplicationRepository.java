package org.urbansdg.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingApplicationRepository extends JpaRepository<TrainingApplication, Long> {

	Optional<TrainingApplication> findBySessionIdAndUserId(long sessionId, long userId);

	List<TrainingApplication> findBySessionIdOrderBySubmittedAtAsc(long sessionId);

	List<TrainingApplication> findBySessionIdAndRemindedAtIsNull(long sessionId);
}
