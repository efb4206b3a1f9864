package org.urbansdg.news;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The secretariat's news form. Tags are separated by commas; related cases and events are their ids, separated by
 * commas; the publication time is in UTC.
 */
record NewsForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 600) String summary,
		@NotBlank @Size(max = 50000) String body, @Size(max = 300) String coverAlt, @Size(max = 500) String tags,
		List<Integer> goals, List<Long> organisationIds, @Size(max = 300) String caseIds,
		@Size(max = 300) String eventIds, @NotNull Publication publication,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt) {

	enum Publication {
		DRAFT, NOW, SCHEDULED
	}

	static NewsForm blank() {
		return new NewsForm("", "", "", "", "", List.of(), List.of(), "", "", Publication.DRAFT, null);
	}
}
