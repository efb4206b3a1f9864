package org.urbansdg.cooperation;

import java.util.Collection;
import java.util.List;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CooperationRequestRepository extends JpaRepository<CooperationRequest, Long> {

	boolean existsByCaseStudyIdAndRequestingOrganisationIdAndStatusIn(long caseStudyId, long requestingOrganisationId,
			Collection<RequestStatus> statuses);

	List<CooperationRequest> findByRequestingOrganisationIdOrderByRequestedAtDesc(long organisationId);

	List<CooperationRequest> findByOwnerOrganisationIdOrderByRequestedAtDesc(long organisationId);

	/** The request, locked until the transaction ends: two answers sent at once are taken one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from CooperationRequest r where r.id = :id")
	Optional<CooperationRequest> lockById(long id);
}
