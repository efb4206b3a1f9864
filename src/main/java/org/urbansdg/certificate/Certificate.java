package org.urbansdg.certificate;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.urbansdg.shared.DomainException;

/**
 * A certificate as issued. Its details never change after issue, so the printed PDF and the verification page always
 * agree; it can only be revoked, with a reason.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

	/** The length of certificate.revoked_reason. */
	static final int MAX_REASON = 500;

	public enum Kind {
		COURSE, TRAINING, AWARD
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String recipientName;

	private Long recipientUserId;

	private String title;

	private String detail;

	private LocalDate issuedOn;

	private String issuedBy;

	private String sourceType;

	private long sourceId;

	private Instant revokedAt;

	private String revokedReason;

	protected Certificate() {
	}

	Certificate(String code, Certificates.Issue issue) {
		this.code = code;
		this.kind = issue.kind();
		this.recipientName = issue.recipientName();
		this.recipientUserId = issue.recipientUserId();
		this.title = issue.title();
		this.detail = issue.detail();
		this.issuedOn = issue.issuedOn();
		this.issuedBy = issue.issuedBy();
		this.sourceType = issue.sourceType();
		this.sourceId = issue.sourceId();
	}

	void revoke(String reason, Instant now) {
		if (revokedAt != null) {
			throw new DomainException("certificate.alreadyRevoked");
		}
		if (reason == null || reason.isBlank()) {
			throw new DomainException("certificate.revokeNeedsReason");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new DomainException("certificate.reasonTooLong", MAX_REASON);
		}
		revokedAt = now;
		revokedReason = reason.strip();
	}

	public boolean isRevoked() {
		return revokedAt != null;
	}

	public String getCode() {
		return code;
	}

	/** The code as printed: three groups of four. */
	public String getDisplayCode() {
		return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
	}

	public Kind getKind() {
		return kind;
	}

	public String getRecipientName() {
		return recipientName;
	}

	public Long getRecipientUserId() {
		return recipientUserId;
	}

	public String getTitle() {
		return title;
	}

	public String getDetail() {
		return detail;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public String getIssuedBy() {
		return issuedBy;
	}

	public String getSourceType() {
		return sourceType;
	}

	public long getSourceId() {
		return sourceId;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}

	public String getRevokedReason() {
		return revokedReason;
	}
}
