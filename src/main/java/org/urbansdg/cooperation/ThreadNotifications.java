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

	private final Members members;

	private final CaseStudies caseStudies;

	private final Mailer mailer;

	private final MessageSource messageSource;

	ThreadNotifications(CooperationRequestRepository requests, CooperationMessageRepository messages,
			Accounts accounts, Members members, CaseStudies caseStudies, Mailer mailer, MessageSource messageSource) {
		this.requests = requests;
		this.messages = messages;
		this.accounts = accounts;
		this.members = members;
		this.caseStudies = caseStudies;
		this.mailer = mailer;
		this.messageSource = messageSource;
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
			accounts.editors(request.getOwnerOrganisationId()).forEach(r -> recipients.put(r.email(), r.locale()));
			person(request.getContactUserId(), recipients);
		}
		if (side == null || side != request.getRequestingOrganisationId()) {
			accounts.editors(request.getRequestingOrganisationId()).forEach(r -> recipients.put(r.email(), r.locale()));
		}
		person(request.getRequestedBy(), recipients);
		messages.authorsWithoutOrganisation(request.getId()).forEach(id -> person(id, recipients));
		recipients.remove(accounts.profile(message.getAuthorId()).email());
		Object[] arguments = arguments(request, side);
		recipients.forEach((email, locale) -> mailer.send(email,
				messageSource.getMessage("thread.mail.subject", arguments, locale),
				messageSource.getMessage(side == null ? "thread.mail.bodyBySecretariat" : "thread.mail.body",
						arguments, locale)));
	}

	private void person(Long userId, Map<String, Locale> recipients) {
		if (userId == null) {
			return;
		}
		Accounts.Profile profile = accounts.profile(userId);
		if (profile.enabled()) {
			recipients.putIfAbsent(profile.email(), profile.locale());
		}
	}

	/** {0} the case's title, {1} the writing organisation (none for the secretariat), {2} the link to the request. */
	private Object[] arguments(CooperationRequest request, Long organisationId) {
		String title = caseStudies.publishedContent(request.getCaseStudyId()).map(CaseStudies.Content::title)
			.orElse("#" + request.getCaseStudyId());
		String organisation = organisationId == null ? ""
				: members.organisation(organisationId).map(o -> o.getName()).orElse("");
		return new Object[] { title, organisation, mailer.link("/cooperation/" + request.getId()) };
	}
}
