package org.urbansdg.award;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByNominationIdOrderByIdAsc(long nominationId);
}
