package org.urbansdg.casestudy;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.history.RevisionRepository;

interface CaseStudyRepository extends JpaRepository<CaseStudy, Long>, JpaSpecificationExecutor<CaseStudy>,
		RevisionRepository<CaseStudy, Long, Long>, CaseStudySearch {

	List<CaseStudy> findByStatusAndFeaturedTrueOrderByPublishedAtDesc(CaseStatus status, Pageable page);

	List<CaseStudy> findByStatusOrderByPublishedAtDesc(CaseStatus status, Pageable page);

	List<CaseStudy> findByOrganisationIdOrderByUpdatedAtDesc(Long organisationId);

	List<CaseStudy> findByStatusOrderBySubmittedAtAsc(CaseStatus status);

	List<CaseStudy> findByIdInAndStatus(java.util.Collection<Long> ids, CaseStatus status);

	List<CaseStudy> findByTitleAndStatus(String title, CaseStatus status);

	@Query("""
			select t.goalNumber, count(distinct c.id) from CaseStudy c join c.targets t
			where c.status = org.urbansdg.casestudy.CaseStatus.PUBLISHED group by t.goalNumber""")
	List<Object[]> countPublishedByGoal();

	/** Rows of (organisation id, case id, target) for the published cases naming any of these targets. */
	@Query("""
			select c.organisation.id, c.id, t from CaseStudy c join c.targets t
			where c.status = org.urbansdg.casestudy.CaseStatus.PUBLISHED and t.code in :codes""")
	List<Object[]> findPublishedOnTargets(java.util.Collection<String> codes);

	@Query("""
			select c from CaseStudy c where c.status = org.urbansdg.casestudy.CaseStatus.PUBLISHED
			and c.lastVerifiedAt < :cutoff
			and (c.verificationRemindedAt is null or c.verificationRemindedAt < :cutoff)""")
	List<CaseStudy> findDueForVerification(Instant cutoff);
}
