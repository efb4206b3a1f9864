package org.urbansdg.cooperation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PipelineSuggestionRepository extends JpaRepository<PipelineSuggestion, Long> {

	List<PipelineSuggestion> findByRequestIdOrderBySuggestedAtAsc(long requestId);

	boolean existsByRequestIdAndOrganisationId(long requestId, long organisationId);
}
