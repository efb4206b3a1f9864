package org.urbansdg.award;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictRepository extends JpaRepository<Conflict, Long> {

	Optional<Conflict> findByNominationIdAndUserId(long nominationId, long userId);

	List<Conflict> findByNominationIdIn(Collection<Long> nominationIds);
}
