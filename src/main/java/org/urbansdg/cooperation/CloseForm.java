package org.urbansdg.cooperation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The outcome recorded when a cooperation closes; kept as typed when the page comes back with errors. */
record CloseForm(@NotNull Outcome outcome,
		@Size(max = CooperationRequest.MAX_NOTE) String outcomeNote,
		@Size(max = CooperationRequest.MAX_FIGURES) String outcomeFigures, Long adaptedCaseStudyId) {

	static CloseForm empty() {
		return new CloseForm(null, "", "", null);
	}
}
