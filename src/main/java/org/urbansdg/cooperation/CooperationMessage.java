package org.urbansdg.cooperation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.urbansdg.shared.DomainException;

/**
 * A message in a request's private thread. Written by a member of either organisation ({@code organisationId} is
 * theirs) or by the secretariat ({@code organisationId} is {@code null}). Public with public getters for the templates.
 */
@Entity
@Table(name = "cooperation_message")
public class CooperationMessage {

	static final int MAX_BODY = 8000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long requestId;

	private long authorId;

	private Long organisationId;

	private String body;

	private Instant createdAt;

	protected CooperationMessage() {
	}

	/**
	 * @throws DomainException {@code thread.message.empty} or {@code thread.message.tooLong}
	 */
	CooperationMessage(long requestId, long authorId, Long organisationId, String body, Instant createdAt) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new DomainException("thread.message.empty");
		}
		if (text.length() > MAX_BODY) {
			throw new DomainException("thread.message.tooLong", MAX_BODY);
		}
		this.requestId = requestId;
		this.authorId = authorId;
		this.organisationId = organisationId;
		this.body = text;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public long getRequestId() {
		return requestId;
	}

	public long getAuthorId() {
		return authorId;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public String getBody() {
		return body;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
