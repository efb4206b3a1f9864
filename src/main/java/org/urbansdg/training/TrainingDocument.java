package org.urbansdg.training;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A supporting document sent with an application, checked by content when uploaded. */
@Entity
@Table(name = "training_document")
class TrainingDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long applicationId;

	private String label;

	private String fileName;

	private String contentType;

	private byte[] content;

	private Instant uploadedAt;

	protected TrainingDocument() {
	}

	TrainingDocument(long applicationId, String label, String fileName, String contentType, byte[] content,
			Instant now) {
		this.applicationId = applicationId;
		this.label = label;
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content;
		this.uploadedAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getApplicationId() {
		return applicationId;
	}

	public String getLabel() {
		return label;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	byte[] getContent() {
		return content;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}
}
