package org.urbansdg.cooperation;

/** The secretariat suggested a partner organisation for a challenge; its owner's editors and focal points are told. */
record ChallengePartnerSuggested(long challengeId, String title, long ownerOrganisationId, String partner,
		String note) {
}
