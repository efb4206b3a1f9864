package org.urbansdg.casestudy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The case study form: only what an editor may set. The written sections arrive as {@code sections[key]} (one per
 * {@link CaseSection}, checked against each section's length by {@link Narrative#checked}); lists of links are one
 * per line.
 */
record CaseForm(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 1000) String summary,
		@NotNull Long cityId, @NotBlank String language, @NotBlank String primaryTarget, List<String> targets,
		List<String> themes, Map<String, String> sections, LocalDate startDate, LocalDate endDate,
		@PositiveOrZero BigDecimal budgetAmount, String budgetCurrency,
		@Size(max = Contact.MAX_NAME) String contactName, @Email @Size(max = Contact.MAX_EMAIL) String contactEmail,
		@Size(max = 5000) String links, @Size(max = 5000) String videoLinks) {

	CaseForm {
		targets = targets == null ? new ArrayList<>() : targets;
		themes = themes == null ? new ArrayList<>() : themes;
		sections = sections == null ? new LinkedHashMap<>() : sections;
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

	static CaseForm empty(String language) {
		return new CaseForm("", "", null, language, "", List.of(), List.of(), Map.of(), null, null, null,
				Budget.USD, "", "", "", "");
	}

	static CaseForm of(CaseStudy c) {
		Period period = c.getPeriod();
		Budget budget = c.getBudget();
		Contact contact = c.getContact();
		return new CaseForm(c.getTitle(), c.getSummary(), c.getCity().getId(), c.getLanguage(),
				c.getPrimaryTarget().code(), c.getTargets().stream().map(t -> t.code()).toList(),
				c.getThemes().stream().map(t -> t.code()).toList(), c.getNarrative().byKey(),
				period == null ? null : period.getStart(), period == null ? null : period.getEnd(),
				budget == null ? null : budget.getAmount(), budget == null ? Budget.USD : budget.getCurrency(),
				contact == null ? null : contact.getName(), contact == null ? null : contact.getEmail(),
				String.join("\n", c.getLinks()), String.join("\n", c.getVideoLinks()));
	}
}
