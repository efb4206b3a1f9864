package org.urbansdg.award;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AwardCycleRepository extends JpaRepository<AwardCycle, Long> {

	List<AwardCycle> findAllByOrderByYearDescIdDesc();

	boolean existsByName(String name);
}
