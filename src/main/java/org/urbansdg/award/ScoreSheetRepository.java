package org.urbansdg.award;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

	Optional<ScoreSheet> findByNominationIdAndUserId(long nominationId, long userId);

	List<ScoreSheet> findByNominationIdIn(Collection<Long> nominationIds);
}
