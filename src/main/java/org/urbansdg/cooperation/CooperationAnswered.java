package org.urbansdg.cooperation;

/** The owning organisation accepted or declined a request: the requesting side is told. */
record CooperationAnswered(long requestId, boolean accepted) {
}
