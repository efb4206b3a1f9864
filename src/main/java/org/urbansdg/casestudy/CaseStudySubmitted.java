package org.urbansdg.casestudy;

/** An editor submitted a case for review: its focal points and the secretariat have something to do. */
record CaseStudySubmitted(long caseStudyId, String title, long organisationId) {
}
