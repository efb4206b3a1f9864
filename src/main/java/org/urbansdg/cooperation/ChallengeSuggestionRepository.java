package org.urbansdg.cooperation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChallengeSuggestionRepository extends JpaRepository<ChallengeSuggestion, Long> {

	boolean existsByChallengeIdAndOrganisationId(long challengeId, long organisationId);

	@Query("select x from ChallengeSuggestion x join fetch x.organisation where x.challengeId = ?1 order by x.createdAt, x.id")
	List<ChallengeSuggestion> findByChallenge(long challengeId);
}
