package org.urbansdg.cooperation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.urbansdg.account.Accounts;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.member.Members;
import org.urbansdg.shared.Mailer;

/**
 * Tells each side of a request by e-mail what the other did, in each recipient's language, with a link to the
 * request. Mails name the case and the organisations only: what the cities wrote to each other (the aim, a reason,
 * messages and their files) stays behind the sign-in. Runs after the deciding transaction commits.
 */
@Component
class CooperationNotifications {

	private final CooperationRequestRepository requests;

	private final Accounts accounts;

	private final Members members;

	private final CaseStudies caseStudies;

	private final Mailer mailer;

	private final MessageSource messages;

	CooperationNotifications(CooperationRequestRepository requests, Accounts accounts, Members members,
			CaseStudies caseStudies, Mailer mailer, MessageSource messages) {
		this.requests = requests;
		this.accounts = accounts;
		this.members = members;
		this.caseStudies = caseStudies;
		this.mailer = mailer;
		this.messages = messages;
	}

	/** To the owning organisation's focal points and editors. */
	@ApplicationModuleListener
	void on(CooperationRequested event) {
		requests.findById(event.requestId()).ifPresent(request -> {
			Object[] arguments = arguments(request, request.getRequestingOrganisationId());
			accounts.editors(request.getOwnerOrganisationId())
				.forEach(r -> send(r.email(), r.locale(), "cooperation.mail.requested", arguments));
		});
	}

	/** To the person who asked and the requesting organisation's focal points and editors. */
	@ApplicationModuleListener
	void on(CooperationAnswered event) {
		requests.findById(event.requestId()).ifPresent(request -> {
			Object[] arguments = arguments(request, request.getOwnerOrganisationId());
			Map<String, Locale> recipients = new LinkedHashMap<>();
			var asker = accounts.profile(request.getRequestedBy());
			if (asker.enabled()) {
				recipients.put(asker.email(), asker.locale());
			}
			accounts.editors(request.getRequestingOrganisationId()).forEach(r -> recipients.putIfAbsent(r.email(), r.locale()));
			String key = event.accepted() ? "cooperation.mail.accepted" : "cooperation.mail.declined";
			recipients.forEach((email, locale) -> send(email, locale, key, arguments));
		});
	}

	/** {0} the case's title, {1} the other organisation, {2} the link to the request. */
	private Object[] arguments(CooperationRequest request, long otherOrganisationId) {
		String title = caseStudies.publishedContent(request.getCaseStudyId()).map(CaseStudies.Content::title)
			.orElse("#" + request.getCaseStudyId());
		String organisation = members.organisation(otherOrganisationId).map(o -> o.getName()).orElse("");
		return new Object[] { title, organisation, mailer.link("/cooperation/" + request.getId()) };
	}

	private void send(String email, Locale locale, String key, Object[] arguments) {
		mailer.send(email, messages.getMessage(key + ".subject", arguments, locale),
				messages.getMessage(key + ".body", arguments, locale));
	}
}
