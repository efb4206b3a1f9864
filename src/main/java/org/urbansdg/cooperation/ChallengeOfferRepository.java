package org.urbansdg.cooperation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChallengeOfferRepository extends JpaRepository<ChallengeOffer, Long> {

	boolean existsByChallengeIdAndOrganisationId(long challengeId, long organisationId);

	@Query("select x from ChallengeOffer x join fetch x.organisation where x.challengeId = ?1 order by x.createdAt, x.id")
	List<ChallengeOffer> findByChallenge(long challengeId);
}
