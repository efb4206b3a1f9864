package org.urbansdg.cooperation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.urbansdg.member.Organisation;

/** An organisation's offer to help with a challenge, with a short note; one per organisation and challenge. */
@Entity
@Table(name = "challenge_offer")
class ChallengeOffer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long challengeId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	private long offeredBy;

	private String note;

	private Instant createdAt;

	protected ChallengeOffer() {
	}

	ChallengeOffer(long challengeId, Organisation organisation, long offeredBy, String note, Instant now) {
		this.challengeId = challengeId;
		this.organisation = organisation;
		this.offeredBy = offeredBy;
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getChallengeId() {
		return challengeId;
	}

	public Organisation getOrganisation() {
		return organisation;
	}

	public long getOfferedBy() {
		return offeredBy;
	}

	public String getNote() {
		return note;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
