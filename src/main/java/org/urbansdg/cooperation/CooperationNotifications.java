package org.urbansdg.cooperation;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells each side of a request by e-mail what the other did, in each recipient's language, with a link to the
 * request. Mails name the case and the organisations only: what the cities wrote to each other (the aim, a reason,
 * messages and their files) stays behind the sign-in. Runs after the deciding transaction commits.
 */
@Component
class CooperationNotifications {

	private final CooperationRequestRepository requests;

	private final CooperationMail mail;

	CooperationNotifications(CooperationRequestRepository requests, CooperationMail mail) {
		this.requests = requests;
		this.mail = mail;
	}

	/** To the owning organisation's focal points and editors. */
	@ApplicationModuleListener
	void on(CooperationRequested event) {
		requests.findById(event.requestId())
			.ifPresent(request -> mail.send(mail.ownerSide(request), "cooperation.mail.requested",
					mail.arguments(request, request.getRequestingOrganisationId())));
	}

	/** To the person who asked and the requesting organisation's focal points and editors. */
	@ApplicationModuleListener
	void on(CooperationAnswered event) {
		requests.findById(event.requestId()).ifPresent(request -> {
			String key = event.accepted() ? "cooperation.mail.accepted" : "cooperation.mail.declined";
			mail.send(mail.requesterSide(request), key, mail.arguments(request, request.getOwnerOrganisationId()));
		});
	}
}
