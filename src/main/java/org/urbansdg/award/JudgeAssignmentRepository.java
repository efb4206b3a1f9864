package org.urbansdg.award;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JudgeAssignmentRepository extends JpaRepository<JudgeAssignment, Long> {

	List<JudgeAssignment> findByCycleIdOrderByIdAsc(long cycleId);

	List<JudgeAssignment> findByUserIdOrderByIdAsc(long userId);

	boolean existsByCategoryIdAndUserId(long categoryId, long userId);
}
