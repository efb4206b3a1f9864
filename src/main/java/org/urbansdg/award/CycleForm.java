package org.urbansdg.award;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new award cycle as the secretariat types it: dates and times are local to the cycle's time zone; categories and
 * criteria one per line (a criterion may end with "=weight").
 */
record CycleForm(@NotBlank @Size(max = 300) String name, @NotNull @Min(2000) @Max(2100) Integer year,
		@NotBlank @Size(max = 8000) String description, @NotBlank @Size(max = 4000) String eligibility,
		@NotBlank String timeZone, @NotBlank String nominationsOpen, @NotBlank String nominationsClose,
		@NotBlank String screeningClose, @NotBlank String votingOpen, @NotBlank String votingClose,
		@NotBlank String judgingOpen, @NotBlank String judgingClose, @NotBlank String resultsAt,
		@NotBlank @Size(max = 4000) String categories, @Size(max = 4000) String criteria, Boolean normalise) {

	/** An unticked box sends nothing (a request without the checkbox's marker too): that is no. */
	CycleForm {
		normalise = Boolean.TRUE.equals(normalise);
	}

	static CycleForm empty() {
		return new CycleForm(null, null, null, null, "Asia/Bangkok", null, null, null, null, null, null, null, null,
				null, null, false);
	}

	/** The length of a category's or criterion's name (award_category.name, award_criterion.name). */
	static final int MAX_LINE = 200;

	static java.util.List<String> lines(String text) {
		return text == null ? java.util.List.of()
				: text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/** A line too long to keep is refused, rather than cut. */
	void checkLines(org.springframework.validation.Errors errors) {
		for (String field : java.util.List.of("categories", "criteria")) {
			String text = "categories".equals(field) ? categories : criteria;
			if (!errors.hasFieldErrors(field) && lines(text).stream().anyMatch(l -> l.length() > MAX_LINE)) {
				errors.rejectValue(field, "award.form.lineTooLong", new Object[] { MAX_LINE }, null);
			}
		}
	}
}
