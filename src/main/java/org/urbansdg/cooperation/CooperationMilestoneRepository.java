package org.urbansdg.cooperation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CooperationMilestoneRepository extends JpaRepository<CooperationMilestone, Long> {

	List<CooperationMilestone> findByRequestIdOrderByHappenedOnAscIdAsc(long requestId);
}
