package org.urbansdg.cooperation;

import java.util.LinkedHashMap;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a challenge's organisation (its editors and focal points, each in their language) of offers of help and of
 * partners the secretariat suggests. Runs after the deciding transaction commits.
 */
@Component
class ChallengeMails {

	private final CooperationMail mail;

	ChallengeMails(CooperationMail mail) {
		this.mail = mail;
	}

	@ApplicationModuleListener
	void on(ChallengeOffered event) {
		Object[] arguments = { event.title(), event.offeringOrganisation(), event.offeredBy(), event.note(),
				mail.link("/challenges/" + event.challengeId()) };
		send(event.ownerOrganisationId(), "challenge.mail.offer", arguments);
	}

	@ApplicationModuleListener
	void on(ChallengePartnerSuggested event) {
		Object[] arguments = { event.title(), event.partner(), event.note() == null ? "" : event.note(),
				mail.link("/challenges/" + event.challengeId()) };
		send(event.ownerOrganisationId(), "challenge.mail.suggestion", arguments);
	}

	private void send(long organisationId, String key, Object[] arguments) {
		mail.send(mail.organisation(organisationId, new LinkedHashMap<>()), key, arguments);
	}
}
