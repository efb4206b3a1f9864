package org.urbansdg.casestudy;

/** A case study became public. Search, awards and notifications react to it. */
public record CaseStudyPublished(long caseStudyId, String title, long organisationId) {
}
