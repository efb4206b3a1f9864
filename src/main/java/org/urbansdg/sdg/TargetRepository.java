package org.urbansdg.sdg;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TargetRepository extends JpaRepository<Target, String> {

	List<Target> findAllByOrderByGoalNumberAscPositionAsc();

	List<Target> findByGoalNumberOrderByPosition(int goalNumber);
}
