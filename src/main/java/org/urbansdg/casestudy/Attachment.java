package org.urbansdg.casestudy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of a case study: a PDF or image, or the cover image. Its bytes are in {@link AttachmentData}. */
@Entity
@Table(name = "case_attachment")
class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long caseStudyId;

	private String fileName;

	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	private boolean cover;

	private Long uploadedBy;

	private Instant uploadedAt;

	protected Attachment() {
	}

	Attachment(long caseStudyId, String fileName, String contentType, long size, boolean cover, long uploadedBy,
			Instant uploadedAt) {
		this.caseStudyId = caseStudyId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.size = size;
		this.cover = cover;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getCaseStudyId() {
		return caseStudyId;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSize() {
		return size;
	}

	public boolean isCover() {
		return cover;
	}

	public boolean isImage() {
		return contentType.startsWith("image/");
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}
}
