package org.urbansdg.casestudy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.urbansdg.member.City;
import org.urbansdg.sdg.Target;
import org.urbansdg.sdg.Theme;

/**
 * Everything an editor writes about a case, already checked and resolved to catalogue entries. Built by the
 * workflow from a form, so the entity never sees raw request data.
 */
record CaseContent(String title, String summary, City city, String language, Target primaryTarget,
		Set<Target> targets, Set<Theme> themes, String background, String objectives, String strategy,
		String stakeholders, String fundingSources, String staffing, String results, String obstacles,
		String successFactors, String lessons, LocalDate startDate, LocalDate endDate, BigDecimal budgetAmount,
		String budgetCurrency, BigDecimal budgetUsd, String contactName, String contactEmail, List<String> links,
		List<String> videoLinks) {
}
