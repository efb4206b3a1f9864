package org.urbansdg.cooperation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.urbansdg.account.Accounts;
import org.urbansdg.shared.Mailer;

/**
 * Tells a challenge's organisation (its editors and focal points, each in their language) of offers of help and of
 * partners the secretariat suggests. Runs after the deciding transaction commits.
 */
@Component
class ChallengeMails {

	private final Accounts accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	ChallengeMails(Accounts accounts, Mailer mailer, MessageSource messages) {
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(ChallengeOffered event) {
		Object[] arguments = { event.title(), event.offeringOrganisation(), event.offeredBy(), event.note(),
				mailer.link("/challenges/" + event.challengeId()) };
		send(event.ownerOrganisationId(), "challenge.mail.offer", arguments);
	}

	@ApplicationModuleListener
	void on(ChallengePartnerSuggested event) {
		Object[] arguments = { event.title(), event.partner(), event.note() == null ? "" : event.note(),
				mailer.link("/challenges/" + event.challengeId()) };
		send(event.ownerOrganisationId(), "challenge.mail.suggestion", arguments);
	}

	private void send(long organisationId, String key, Object[] arguments) {
		Map<String, Locale> recipients = new LinkedHashMap<>();
		accounts.editors(organisationId).forEach(r -> recipients.putIfAbsent(r.email(), r.locale()));
		recipients.forEach((email, locale) -> mailer.send(email, messages.getMessage(key + ".subject", arguments, locale),
				messages.getMessage(key + ".body", arguments, locale)));
	}
}
