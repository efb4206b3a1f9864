package org.urbansdg.award;

/** A cycle's results are public: winners carry a badge and finalists and winners a certificate. */
record AwardResultsPublished(long cycleId) {
}
