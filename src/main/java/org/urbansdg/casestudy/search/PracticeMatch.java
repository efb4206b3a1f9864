package org.urbansdg.casestudy.search;

import java.util.List;

/**
 * A published case that may help with a {@link MatchQuery}, best first, with why it matched.
 *
 * @param place the case's city
 * @param score higher is better; comparable only within one answer
 */
public record PracticeMatch(long caseStudyId, String title, String place, long organisationId, double score,
		List<MatchReason> reasons) {

	public PracticeMatch {
		reasons = List.copyOf(reasons);
	}
}
