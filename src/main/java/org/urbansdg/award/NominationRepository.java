package org.urbansdg.award;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface NominationRepository extends JpaRepository<Nomination, Long> {

	List<Nomination> findByCycleIdOrderByIdAsc(long cycleId);

	List<Nomination> findByCycleIdAndOrganisationIdOrderByIdAsc(long cycleId, long organisationId);

	List<Nomination> findByCycleIdAndCategoryIdInOrderByIdAsc(long cycleId, Collection<Long> categoryIds);

	boolean existsByCycleIdAndCaseId(long cycleId, long caseId);

	List<Nomination> findByCaseIdAndAwaitingPublicationTrue(long caseId);

	List<Nomination> findByCycleIdAndFrozenAtIsNull(long cycleId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select n from Nomination n where n.id = :id")
	Optional<Nomination> lockById(long id);
}
