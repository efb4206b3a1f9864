package org.urbansdg.learning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.urbansdg.shared.OfferedLanguage;

/** The fields of the course form; never bound to the entity. */
record CourseForm(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 4000) String summary,
		@NotBlank @Size(max = 10) @OfferedLanguage String language, @NotNull Course.Level level,
		@NotNull @Min(1) @Max(500) Integer estimatedHours, Long providerId) {

	static CourseForm empty(String language) {
		return new CourseForm("", "", language, Course.Level.INTRODUCTORY, 2, null);
	}

	static CourseForm of(Course c) {
		return new CourseForm(c.getTitle(), c.getSummary(), c.getLanguage(), c.getLevel(), c.getEstimatedHours(),
				c.getProvider() == null ? null : c.getProvider().getId());
	}

	CourseDetails details() {
		return new CourseDetails(title, summary, language, level, estimatedHours);
	}
}
