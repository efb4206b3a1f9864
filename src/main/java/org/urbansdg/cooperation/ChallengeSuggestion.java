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

/** A partner organisation the secretariat suggests for a challenge, with an optional note. */
@Entity
@Table(name = "challenge_suggestion")
class ChallengeSuggestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long challengeId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	private long suggestedBy;

	private String note;

	private Instant createdAt;

	protected ChallengeSuggestion() {
	}

	ChallengeSuggestion(long challengeId, Organisation organisation, long suggestedBy, String note, Instant now) {
		this.challengeId = challengeId;
		this.organisation = organisation;
		this.suggestedBy = suggestedBy;
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

	public long getSuggestedBy() {
		return suggestedBy;
	}

	public String getNote() {
		return note;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
