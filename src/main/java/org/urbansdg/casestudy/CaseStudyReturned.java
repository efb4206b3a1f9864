package org.urbansdg.casestudy;

/** The secretariat sent a submitted case back to its editors with comments. */
public record CaseStudyReturned(long caseStudyId, String title, long organisationId, String comment) {
}
