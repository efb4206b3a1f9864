package org.urbansdg.award;

/** The secretariat found a nomination eligible or not; the nominator is told, with the reason. */
public record NominationScreened(long nominationId) {
}
