package org.urbansdg.award;

/** A case was nominated; the nominator is told it arrived. */
record NominationReceived(long nominationId) {
}
