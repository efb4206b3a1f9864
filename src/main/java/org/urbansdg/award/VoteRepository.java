package org.urbansdg.award;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VoteRepository extends JpaRepository<Vote, Long> {

	List<Vote> findByCycleId(long cycleId);

	Optional<Vote> findByCategoryIdAndOrganisationId(long categoryId, long organisationId);
}
