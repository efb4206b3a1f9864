package org.urbansdg.cooperation;

/** An organisation offered help with a challenge; its owner's editors and focal points are told. */
record ChallengeOffered(long challengeId, String title, long ownerOrganisationId, String offeringOrganisation,
		String offeredBy, String note) {
}
