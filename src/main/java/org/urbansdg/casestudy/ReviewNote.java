package org.urbansdg.casestudy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a case's review, with who took it and, for a return, what the reviewer asked for. */
@Entity
@Table(name = "case_review_note")
class ReviewNote {

	public enum Step {
		SUBMITTED, SIGNED_OFF, RETURNED, PUBLISHED, ARCHIVED, VERIFIED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long caseStudyId;

	private Long authorId;

	@Enumerated(EnumType.STRING)
	private Step step;

	private String text;

	private Instant createdAt;

	protected ReviewNote() {
	}

	ReviewNote(long caseStudyId, long authorId, Step step, String text, Instant createdAt) {
		this.caseStudyId = caseStudyId;
		this.authorId = authorId;
		this.step = step;
		this.text = text;
		this.createdAt = createdAt;
	}

	public Long getAuthorId() {
		return authorId;
	}

	public Step getStep() {
		return step;
	}

	public String getText() {
		return text;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
