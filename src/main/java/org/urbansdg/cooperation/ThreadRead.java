package org.urbansdg.cooperation;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * How far one user has read one request's thread: the last message they were shown. Written only through
 * {@link ThreadReadRepository#markRead}, which never moves the marker back.
 */
@Entity
@Table(name = "cooperation_read")
@IdClass(ThreadRead.Key.class)
class ThreadRead {

	record Key(Long requestId, Long userId) implements Serializable {
	}

	@Id
	private Long requestId;

	@Id
	private Long userId;

	private Long lastReadMessageId;

	private Instant readAt;

	protected ThreadRead() {
	}

	Long getLastReadMessageId() {
		return lastReadMessageId;
	}
}
