package org.urbansdg.cooperation;

/** The secretariat suggested a partner organisation for a request: the requesting side is told. */
record PartnerSuggested(long suggestionId) {
}
