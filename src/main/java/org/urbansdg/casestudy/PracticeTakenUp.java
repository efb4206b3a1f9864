package org.urbansdg.casestudy;

import java.time.LocalDate;

/**
 * Another city replicated or adapted a published case after working with its owners, and both organisations agreed
 * to make that outcome public: shown on the case page ("Replicated or adapted in N cities"), on the new city's own
 * case ("Adapted from …") and as the "taken up elsewhere" search facet. Published by the cooperation module;
 * declared here so that this module depends on none of those built on it. The same cooperation announced again
 * replaces what was recorded for it.
 *
 * @param cooperationId the cooperation that led to it, so a repeat announcement replaces rather than adds
 * @param adaptedCaseStudyId the taking city's own case about it, when there is one
 */
public record PracticeTakenUp(long caseStudyId, long cooperationId, long organisationId, String organisationName,
		Long cityId, String cityName, String countryCode, Uptake uptake, Long adaptedCaseStudyId, LocalDate closedOn) {

	/** How closely the practice was followed; only these two outcomes are counted back. */
	public enum Uptake {
		REPLICATED, ADAPTED
	}
}
