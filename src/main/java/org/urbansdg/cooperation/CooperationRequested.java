package org.urbansdg.cooperation;

/** An organisation asked another to learn from one of its cases: the owner's focal points and editors are told. */
record CooperationRequested(long requestId) {
}
