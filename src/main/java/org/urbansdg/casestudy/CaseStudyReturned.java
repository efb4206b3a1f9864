package org.urbansdg.casestudy;

/** The secretariat sent a submitted case back to its editors with comments. */
record CaseStudyReturned(long caseStudyId, String title, long organisationId, String comment) {
}
