package org.urbansdg.cooperation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ChallengeRepository extends JpaRepository<Challenge, Long> {

	/**
	 * One page of challenges, newest first. Empty texts mean "any": {@code goalPrefix} is a goal's number and a dot
	 * followed by {@code %}, matched against the target codes.
	 */
	@Query(value = """
			select c from Challenge c join fetch c.organisation
			where c.status in ?1 and (?2 = '' or c.countryCode = ?2)
			  and (?3 = '' or c.id in (select c2.id from Challenge c2 join c2.targets t where t like ?3))
			order by c.createdAt desc, c.id desc""", countQuery = """
			select count(c) from Challenge c
			where c.status in ?1 and (?2 = '' or c.countryCode = ?2)
			  and (?3 = '' or c.id in (select c2.id from Challenge c2 join c2.targets t where t like ?3))""")
	Page<Challenge> list(Collection<Challenge.Status> statuses, String countryCode, String goalPrefix,
			Pageable page);

	/** The countries that have challenges, for the filter. */
	@Query("select distinct c.countryCode from Challenge c")
	List<String> countries();

	/**
	 * Open challenges whose date has passed (the grace period is checked on each), locked until the transaction ends:
	 * an owner marking one solved at that moment waits, then finds it expired.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<Challenge> findByStatusAndNeededByBefore(Challenge.Status status, LocalDate date);

	/** The challenge, locked until the transaction ends: marking solved and the expiry are taken one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Challenge c where c.id = :id")
	Optional<Challenge> lockById(long id);
}
