package org.urbansdg.award;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file supporting a nomination (PDF or image), checked by its content when uploaded. */
@Entity
@Table(name = "award_evidence")
class Evidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long nominationId;

	private String fileName;

	private String contentType;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	protected Evidence() {
	}

	Evidence(long nominationId, String fileName, String contentType, byte[] content) {
		this.nominationId = nominationId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content;
	}

	public Long getId() {
		return id;
	}

	public long getNominationId() {
		return nominationId;
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
}
