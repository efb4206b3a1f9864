package org.urbansdg.cooperation;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A milestone as recorded on the request page; kept as typed when refused. */
record MilestoneForm(@NotNull MilestoneKind kind, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedOn,
		@Size(max = CooperationMilestone.MAX_NOTE) String note) implements Serializable {

	static MilestoneForm empty() {
		return new MilestoneForm(null, null, "");
	}
}
