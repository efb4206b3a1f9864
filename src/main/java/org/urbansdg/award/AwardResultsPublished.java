package org.urbansdg.award;

/** A cycle's results are public: winners carry a badge and finalists and winners a certificate. */
public record AwardResultsPublished(long cycleId) {
}
