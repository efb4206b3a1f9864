package org.urbansdg.cooperation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.urbansdg.account.Accounts;

/**
 * Tells the other parties of a thread by e-mail that a message is waiting, in each recipient's language, with a link
 * to the request. Who: the other organisation's focal points and editors, the person who asked and the owner's named
 * contact person (unless they wrote it), and the secretariat users who took part in the thread; a message by the
 * secretariat goes to both organisations. The mail holds neither the message's text nor anything of its file: the
 * thread is private, and a mail leaves the platform's access control (forwarded, on other servers), so even an
 * excerpt could leak what one city told another in confidence.
 */
@Component
class ThreadNotifications {

	private final CooperationRequestRepository requests;

	private final CooperationMessageRepository messages;

	private final Accounts accounts;

	private final CooperationMail mail;

	ThreadNotifications(CooperationRequestRepository requests, CooperationMessageRepository messages,
			Accounts accounts, CooperationMail mail) {
		this.requests = requests;
		this.messages = messages;
		this.accounts = accounts;
		this.mail = mail;
	}

	@ApplicationModuleListener
	void on(MessagePosted event) {
		CooperationRequest request = requests.findById(event.requestId()).orElse(null);
		CooperationMessage message = messages.findById(event.messageId()).orElse(null);
		if (request == null || message == null) {
			return;
		}
		Long side = message.getOrganisationId();
		Map<String, Locale> recipients = new LinkedHashMap<>();
		if (side == null || side != request.getOwnerOrganisationId()) {
			mail.organisation(request.getOwnerOrganisationId(), recipients);
			person(request.getContactUserId(), request.getOwnerOrganisationId(), recipients);
		}
		if (side == null || side != request.getRequestingOrganisationId()) {
			mail.organisation(request.getRequestingOrganisationId(), recipients);
		}
		person(request.getRequestedBy(), request.getRequestingOrganisationId(), recipients);
		messages.authorsWithoutOrganisation(request.getId()).forEach(id -> person(id, null, recipients));
		recipients.remove(accounts.profile(message.getAuthorId()).email());
		mail.send(recipients, "thread.mail.subject",
				side == null ? "thread.mail.bodyBySecretariat" : "thread.mail.body", mail.arguments(request, side));
	}

	/** A person named on the request, told only while they still act for its side (none for secretariat writers). */
	private void person(Long userId, Long side, Map<String, Locale> recipients) {
		if (userId == null
				|| side != null && accounts.actor(userId).filter(a -> a.actsFor(side)).isEmpty()) {
			return;
		}
		Accounts.Profile profile = accounts.profile(userId);
		if (profile.enabled()) {
			recipients.putIfAbsent(profile.email(), profile.locale());
		}
	}
}
