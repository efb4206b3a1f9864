package org.urbansdg.award;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A conflict of interest a judge declared for a nomination (detected conflicts are computed, see {@link Judging}). */
@Entity
@Table(name = "award_conflict")
class Conflict {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long nominationId;

	private long userId;

	private String reason;

	private Instant declaredAt;

	protected Conflict() {
	}

	Conflict(long nominationId, long userId, String reason, Instant now) {
		this.nominationId = nominationId;
		this.userId = userId;
		this.reason = reason;
		this.declaredAt = now;
	}

	public long getNominationId() {
		return nominationId;
	}

	public long getUserId() {
		return userId;
	}

	public String getReason() {
		return reason;
	}
}
