package org.urbansdg.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CalendarEventRepository extends JpaRepository<CalendarEvent, Long> {

	List<CalendarEvent> findByEndsAtAfterOrderByStartsAtAsc(Instant now);

	List<CalendarEvent> findByEndsAtAfterOrderByStartsAtAsc(Instant now, Pageable page);

	List<CalendarEvent> findByEndsAtLessThanEqualOrderByStartsAtDesc(Instant now);

	List<CalendarEvent> findByStartsAtLessThanAndEndsAtGreaterThanOrderByStartsAtAsc(Instant to, Instant from);

	List<CalendarEvent> findAllByOrderByStartsAtDesc();

	/** Registrations and cancellations of one event take turns, so capacity is never overrun. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from CalendarEvent e where e.id = :id")
	Optional<CalendarEvent> findForUpdate(long id);
}
