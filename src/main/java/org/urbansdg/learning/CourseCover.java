package org.urbansdg.learning;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a course's cover image, apart from the course so that lists never load them. */
@Entity
@Table(name = "course_cover_data")
class CourseCover {

	@Id
	private Long courseId;

	private byte[] content;

	protected CourseCover() {
	}

	CourseCover(long courseId, byte[] content) {
		this.courseId = courseId;
		this.content = content;
	}

	void replace(byte[] content) {
		this.content = content;
	}

	byte[] getContent() {
		return content;
	}
}
