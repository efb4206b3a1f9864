package org.urbansdg.award;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member organisation's one vote in a category for the members' choice, cast by one of its confirmed users. */
@Entity
@Table(name = "award_vote")
class Vote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private long categoryId;

	private long nominationId;

	private long organisationId;

	private long userId;

	private Instant castAt;

	protected Vote() {
	}

	Vote(long cycleId, long categoryId, long nominationId, long organisationId, long userId, Instant now) {
		this.cycleId = cycleId;
		this.categoryId = categoryId;
		this.nominationId = nominationId;
		this.organisationId = organisationId;
		this.userId = userId;
		this.castAt = now;
	}

	public long getCategoryId() {
		return categoryId;
	}

	public long getNominationId() {
		return nominationId;
	}

	public long getOrganisationId() {
		return organisationId;
	}
}
