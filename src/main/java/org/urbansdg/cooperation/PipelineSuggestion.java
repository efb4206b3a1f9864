package org.urbansdg.cooperation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.urbansdg.shared.DomainException;

/** A partner organisation the secretariat suggests for a request, with a short note to both parties. */
@Entity
@Table(name = "cooperation_suggestion")
class PipelineSuggestion {

	static final int MAX_NOTE = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long requestId;

	private long organisationId;

	private String note;

	private long suggestedBy;

	private Instant suggestedAt;

	protected PipelineSuggestion() {
	}

	/** @throws DomainException {@code pipeline.suggest.partyOrganisation} for one of the request's own organisations */
	PipelineSuggestion(CooperationRequest request, long organisationId, String note, long suggestedBy, Instant now) {
		if (organisationId == request.getOwnerOrganisationId()
				|| organisationId == request.getRequestingOrganisationId()) {
			throw new DomainException("pipeline.suggest.partyOrganisation");
		}
		String stripped = note == null || note.isBlank() ? null : note.strip();
		if (stripped != null && stripped.length() > MAX_NOTE) {
			throw new DomainException("pipeline.suggest.noteTooLong", MAX_NOTE);
		}
		this.requestId = request.getId();
		this.organisationId = organisationId;
		this.note = stripped;
		this.suggestedBy = suggestedBy;
		this.suggestedAt = now;
	}

	Long getId() {
		return id;
	}

	long getRequestId() {
		return requestId;
	}

	long getOrganisationId() {
		return organisationId;
	}

	String getNote() {
		return note;
	}

	Instant getSuggestedAt() {
		return suggestedAt;
	}
}
