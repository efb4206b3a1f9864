package org.urbansdg.award;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JudgeAffiliationRepository extends JpaRepository<JudgeAffiliation, Long> {

	List<JudgeAffiliation> findByCycleIdOrderByIdAsc(long cycleId);

	List<JudgeAffiliation> findByCycleIdAndUserIdOrderByIdAsc(long cycleId, long userId);
}
