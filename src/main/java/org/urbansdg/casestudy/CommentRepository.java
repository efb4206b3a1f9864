package org.urbansdg.casestudy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

	List<Comment> findByCaseStudyIdOrderByCreatedAtAsc(Long caseStudyId);
}
