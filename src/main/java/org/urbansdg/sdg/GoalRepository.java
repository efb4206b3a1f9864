package org.urbansdg.sdg;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GoalRepository extends JpaRepository<Goal, Integer> {

	List<Goal> findAllByOrderByNumber();
}
