package org.urbansdg.cooperation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.urbansdg.sdg.SdgCatalogue;

/**
 * The challenge form; never bound to the entity. The date is kept as typed (YYYY-MM-DD, as date inputs send it) so
 * that a wrong one comes back on the form; targets and themes are codes from the catalogue, as on the case form.
 */
record ChallengeForm(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 8000) String description,
		List<String> targets, List<String> themes, @NotBlank String neededBy) {

	static final int MAX_TARGETS = 12;

	ChallengeForm {
		targets = targets == null ? new ArrayList<>() : targets;
		themes = themes == null ? new ArrayList<>() : themes;
	}

	static ChallengeForm empty() {
		return new ChallengeForm("", "", List.of(), List.of(), "");
	}

	/** Goal numbers of the chosen targets, so the form opens those goals' target lists. */
	Set<Integer> goalsOfTargets() {
		Set<Integer> goals = new HashSet<>();
		for (String code : targets) {
			int dot = code.indexOf('.');
			if (dot > 0 && dot <= 2 && code.substring(0, dot).chars().allMatch(Character::isDigit)) {
				goals.add(Integer.parseInt(code.substring(0, dot)));
			}
		}
		return goals;
	}

	/**
	 * What the fields refer to: at least one known target and at most {@link #MAX_TARGETS}, known themes, a date from
	 * today to {@code furthest} days ahead. Each problem is a field error.
	 */
	void check(Errors errors, SdgCatalogue catalogue, LocalDate today, int furthest) {
		if (targets.isEmpty()) {
			errors.rejectValue("targets", "challenge.target.required");
		}
		else if (targets.stream().anyMatch(code -> catalogue.target(code).isEmpty())) {
			errors.rejectValue("targets", "challenge.target.unknown");
		}
		else if (new LinkedHashSet<>(targets).size() > MAX_TARGETS) {
			errors.rejectValue("targets", "challenge.target.tooMany", new Object[] { MAX_TARGETS }, null);
		}
		if (themes.stream().anyMatch(code -> catalogue.theme(code).isEmpty())) {
			errors.rejectValue("themes", "challenge.theme.unknown");
		}
		if (neededBy == null || neededBy.isBlank() || errors.hasFieldErrors("neededBy")) {
			return;
		}
		try {
			LocalDate date = LocalDate.parse(neededBy.strip());
			if (date.isBefore(today)) {
				errors.rejectValue("neededBy", "challenge.neededBy.past");
			}
			else if (date.isAfter(today.plusDays(furthest))) {
				errors.rejectValue("neededBy", "challenge.neededBy.tooFar", new Object[] { furthest / 365 }, null);
			}
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("neededBy", "typeMismatch.java.time.LocalDate");
		}
	}

	/** Only after {@link #check} found no errors. */
	Challenges.Details details() {
		return new Challenges.Details(title, description, new LinkedHashSet<>(targets), new LinkedHashSet<>(themes),
				LocalDate.parse(neededBy.strip()));
	}
}
