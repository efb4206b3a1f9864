package org.urbansdg.award;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface AwardCycleRepository extends JpaRepository<AwardCycle, Long> {

	List<AwardCycle> findAllByOrderByYearDescIdDesc();

	boolean existsByName(String name);
}

interface NominationRepository extends JpaRepository<Nomination, Long> {

	List<Nomination> findByCycleIdOrderByIdAsc(long cycleId);

	List<Nomination> findByCycleIdAndOrganisationIdOrderByIdAsc(long cycleId, long organisationId);

	List<Nomination> findByCycleIdAndCategoryIdInOrderByIdAsc(long cycleId, Collection<Long> categoryIds);

	boolean existsByCycleIdAndCaseId(long cycleId, long caseId);

	List<Nomination> findByCaseIdAndAwaitingPublicationTrue(long caseId);

	List<Nomination> findByCycleIdAndFrozenAtIsNull(long cycleId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select n from Nomination n where n.id = :id")
	Optional<Nomination> lockById(long id);
}

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	List<Evidence> findByNominationIdOrderByIdAsc(long nominationId);
}

interface JudgeAssignmentRepository extends JpaRepository<JudgeAssignment, Long> {

	List<JudgeAssignment> findByCycleIdOrderByIdAsc(long cycleId);

	List<JudgeAssignment> findByUserIdOrderByIdAsc(long userId);

	boolean existsByCategoryIdAndUserId(long categoryId, long userId);
}

interface JudgeAffiliationRepository extends JpaRepository<JudgeAffiliation, Long> {

	List<JudgeAffiliation> findByCycleIdOrderByIdAsc(long cycleId);

	List<JudgeAffiliation> findByCycleIdAndUserIdOrderByIdAsc(long cycleId, long userId);
}

interface ConflictRepository extends JpaRepository<Conflict, Long> {

	Optional<Conflict> findByNominationIdAndUserId(long nominationId, long userId);

	List<Conflict> findByNominationIdIn(Collection<Long> nominationIds);
}

interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

	Optional<ScoreSheet> findByNominationIdAndUserId(long nominationId, long userId);

	List<ScoreSheet> findByNominationIdIn(Collection<Long> nominationIds);
}

interface VoteRepository extends JpaRepository<Vote, Long> {

	List<Vote> findByCycleId(long cycleId);

	Optional<Vote> findByCategoryIdAndOrganisationId(long categoryId, long organisationId);
}

interface DecisionRepository extends JpaRepository<Decision, Long> {

	List<Decision> findByCycleIdOrderByDecidedAtDescIdDesc(long cycleId);
}
