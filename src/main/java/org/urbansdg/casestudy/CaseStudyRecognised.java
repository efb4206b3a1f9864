package org.urbansdg.casestudy;

/**
 * A case study received a distinction, such as an award's first prize: shown as a badge on its page and as the
 * "award" search facet ({@link CaseRecognitions} records it). Published by the module that grants the distinction;
 * declared here so that this module depends on none of those built on it. Recording the same label again replaces
 * its year and link.
 *
 * @param label what the badge says, stored as given (awards give it in English)
 * @param link where the distinction is explained, such as the results page of an award cycle
 */
public record CaseStudyRecognised(long caseStudyId, String label, int year, String link) {
}
