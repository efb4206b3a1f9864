package org.urbansdg.award;

/** A case was nominated; the nominator is told it arrived. */
public record NominationReceived(long nominationId) {
}
