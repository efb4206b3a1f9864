package org.urbansdg.casestudy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The case study form: only what an editor may set. Lists of links are one per line. */
record CaseForm(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 1000) String summary,
		@NotNull Long cityId, @NotBlank String language, @NotBlank String primaryTarget, List<String> targets,
		List<String> themes, @Size(max = 20000) String background, @Size(max = 20000) String objectives,
		@Size(max = 20000) String strategy, @Size(max = 20000) String stakeholders,
		@Size(max = 5000) String fundingSources, @Size(max = 5000) String staffing,
		@Size(max = 20000) String results, @Size(max = 20000) String obstacles,
		@Size(max = 20000) String successFactors, @Size(max = 20000) String lessons, LocalDate startDate,
		LocalDate endDate, @PositiveOrZero BigDecimal budgetAmount, String budgetCurrency,
		@Size(max = 200) String contactName, @Email @Size(max = 254) String contactEmail,
		@Size(max = 5000) String links, @Size(max = 5000) String videoLinks) {

	CaseForm {
		targets = targets == null ? new ArrayList<>() : targets;
		themes = themes == null ? new ArrayList<>() : themes;
	}

	/** Goal numbers of the chosen targets, so the form opens those goals' target lists. */
	java.util.Set<Integer> goalsOfTargets() {
		java.util.Set<Integer> goals = new java.util.HashSet<>();
		for (String code : targets) {
			int dot = code.indexOf('.');
			if (dot > 0 && dot <= 2 && code.substring(0, dot).chars().allMatch(Character::isDigit)) {
				goals.add(Integer.parseInt(code.substring(0, dot)));
			}
		}
		return goals;
	}

	static CaseForm empty(String language) {
		return new CaseForm("", "", null, language, "", List.of(), List.of(), "", "", "", "", "", "", "", "", "", "",
				null, null, null, "USD", "", "", "", "");
	}

	static CaseForm of(CaseStudy c) {
		return new CaseForm(c.getTitle(), c.getSummary(), c.getCity().getId(), c.getLanguage(),
				c.getPrimaryTarget().code(), c.getTargets().stream().map(t -> t.code()).toList(),
				c.getThemes().stream().map(t -> t.code()).toList(), c.getBackground(), c.getObjectives(),
				c.getStrategy(), c.getStakeholders(), c.getFundingSources(), c.getStaffing(), c.getResults(),
				c.getObstacles(), c.getSuccessFactors(), c.getLessons(), c.getStartDate(), c.getEndDate(),
				c.getBudgetAmount(), c.getBudgetCurrency() == null ? "USD" : c.getBudgetCurrency(), c.getContactName(),
				c.getContactEmail(), String.join("\n", c.getLinks()), String.join("\n", c.getVideoLinks()));
	}
}
