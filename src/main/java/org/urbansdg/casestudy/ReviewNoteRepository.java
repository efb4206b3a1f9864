package org.urbansdg.casestudy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewNoteRepository extends JpaRepository<ReviewNote, Long> {

	List<ReviewNote> findByCaseStudyIdOrderByCreatedAtDesc(Long caseStudyId);
}
