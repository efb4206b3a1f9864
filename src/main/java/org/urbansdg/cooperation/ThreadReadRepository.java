package org.urbansdg.cooperation;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ThreadReadRepository extends JpaRepository<ThreadRead, ThreadRead.Key> {

	@Query("select r from ThreadRead r where r.requestId = :requestId and r.userId = :userId")
	Optional<ThreadRead> find(long requestId, long userId);

	/**
	 * Moves the user's marker to the message, or creates it. One statement, so two tabs opened at once cannot fail on
	 * the key; GREATEST (which ignores NULL) keeps a page rendered earlier from moving the marker back.
	 */
	@Modifying
	@Query(value = """
			insert into cooperation_read (request_id, user_id, last_read_message_id, read_at)
			values (:requestId, :userId, :messageId, :now)
			on conflict (request_id, user_id) do update
			set last_read_message_id = greatest(cooperation_read.last_read_message_id, excluded.last_read_message_id),
			    read_at = excluded.read_at""", nativeQuery = true)
	void markRead(long requestId, long userId, Long messageId, Instant now);
}
