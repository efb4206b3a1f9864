package org.urbansdg.award;

/** The secretariat found a nomination eligible or not; the nominator is told, with the reason. */
record NominationScreened(long nominationId) {
}
