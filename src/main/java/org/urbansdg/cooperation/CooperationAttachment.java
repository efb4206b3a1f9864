package org.urbansdg.cooperation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.urbansdg.shared.UploadCheck;

/**
 * A file sent with a thread message, checked by {@link UploadCheck} like a case's attachments. Lists read
 * {@link AttachmentSummary} (without the bytes); only a download loads the entity.
 */
@Entity
@Table(name = "cooperation_attachment")
class CooperationAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long messageId;

	private String fileName;

	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	private byte[] content;

	private Instant createdAt;

	protected CooperationAttachment() {
	}

	CooperationAttachment(long messageId, UploadCheck.CheckedFile file, Instant createdAt) {
		this.messageId = messageId;
		this.fileName = file.fileName();
		this.contentType = file.contentType();
		this.size = file.content().length;
		this.content = file.content();
		this.createdAt = createdAt;
	}

	Long getId() {
		return id;
	}

	long getMessageId() {
		return messageId;
	}

	String getFileName() {
		return fileName;
	}

	String getContentType() {
		return contentType;
	}

	byte[] getContent() {
		return content;
	}
}
