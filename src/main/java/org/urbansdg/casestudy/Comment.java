package org.urbansdg.casestudy;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's comment on a published case. Plain text, always escaped when shown. */
@Entity
@Table(name = "case_comment")
class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long caseStudyId;

	private Long authorId;

	private String text;

	private Instant createdAt;

	private boolean hidden;

	private Long hiddenBy;

	private Instant hiddenAt;

	protected Comment() {
	}

	Comment(long caseStudyId, long authorId, String text, Instant createdAt) {
		this.caseStudyId = caseStudyId;
		this.authorId = authorId;
		this.text = text;
		this.createdAt = createdAt;
	}

	void hide(long by, Instant now) {
		hidden = true;
		hiddenBy = by;
		hiddenAt = now;
	}

	void show() {
		hidden = false;
		hiddenBy = null;
		hiddenAt = null;
	}

	public Long getId() {
		return id;
	}

	public Long getCaseStudyId() {
		return caseStudyId;
	}

	public Long getAuthorId() {
		return authorId;
	}

	public String getText() {
		return text;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public boolean isHidden() {
		return hidden;
	}
}
