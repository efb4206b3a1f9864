package org.urbansdg.casestudy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attachment, apart from its description so that listing files never loads them. */
@Entity
@Table(name = "case_attachment_data")
class AttachmentData {

	@Id
	private Long id;

	private byte[] content;

	protected AttachmentData() {
	}

	AttachmentData(long id, byte[] content) {
		this.id = id;
		this.content = content;
	}

	byte[] getContent() {
		return content;
	}
}
