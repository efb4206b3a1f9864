package org.urbansdg.calendar;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

	Optional<Registration> findByCancelToken(String token);

	List<Registration> findByEventIdOrderByCreatedAtAsc(long eventId);

	Optional<Registration> findFirstByEventIdAndUserIdAndStatusNot(long eventId, long userId,
			Registration.Status status);

	long countByEventIdAndStatus(long eventId, Registration.Status status);

	Optional<Registration> findFirstByEventIdAndStatusOrderByCreatedAtAscIdAsc(long eventId,
			Registration.Status status);
}
