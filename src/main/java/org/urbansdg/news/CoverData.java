package org.urbansdg.news;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a post's cover image, apart from the post so that lists never load them. */
@Entity
@Table(name = "news_cover_data")
class CoverData {

	@Id
	private Long postId;

	private byte[] content;

	protected CoverData() {
	}

	CoverData(long postId, byte[] content) {
		this.postId = postId;
		this.content = content;
	}

	void replace(byte[] content) {
		this.content = content;
	}

	byte[] getContent() {
		return content;
	}
}
