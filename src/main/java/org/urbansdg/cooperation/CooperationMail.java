package org.urbansdg.cooperation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.urbansdg.account.Accounts;
import org.urbansdg.member.Members;
import org.urbansdg.shared.Mailer;

/**
 * What the module's mails share: who is on each side of a request, the usual arguments (case, organisation, link) and
 * sending one message key to recipients, each in their language.
 */
@Component
class CooperationMail {

	private final Accounts accounts;

	private final Members members;

	private final CaseTitles caseTitles;

	private final Mailer mailer;

	private final MessageSource messages;

	CooperationMail(Accounts accounts, Members members, CaseTitles caseTitles, Mailer mailer,
			MessageSource messages) {
		this.accounts = accounts;
		this.members = members;
		this.caseTitles = caseTitles;
		this.mailer = mailer;
		this.messages = messages;
	}

	/**
	 * The person who asked (while enabled and still acting for the requesting organisation: someone who left it no
	 * longer hears of its requests) and the requesting organisation's focal points and editors; e-mail to language.
	 */
	Map<String, Locale> requesterSide(CooperationRequest request) {
		Map<String, Locale> recipients = new LinkedHashMap<>();
		var asker = accounts.profile(request.getRequestedBy());
		boolean actsFor = accounts.actor(request.getRequestedBy())
			.filter(a -> a.actsFor(request.getRequestingOrganisationId()))
			.isPresent();
		if (asker.enabled() && actsFor) {
			recipients.put(asker.email(), asker.locale());
		}
		organisation(request.getRequestingOrganisationId(), recipients);
		return recipients;
	}

	/** The owning organisation's focal points and editors. */
	Map<String, Locale> ownerSide(CooperationRequest request) {
		return organisation(request.getOwnerOrganisationId(), new LinkedHashMap<>());
	}

	/** Adds an organisation's focal points and editors to the recipients. */
	Map<String, Locale> organisation(long organisationId, Map<String, Locale> recipients) {
		accounts.editors(organisationId).forEach(r -> recipients.putIfAbsent(r.email(), r.locale()));
		return recipients;
	}

	/**
	 * {0} the case's title (or "#id" once it is no longer published), {1} the named organisation's name (empty for
	 * {@code null}), {2} the link to the request.
	 */
	Object[] arguments(CooperationRequest request, Long organisationId) {
		String title = caseTitles.of(request.getCaseStudyId());
		String organisation = organisationId == null ? ""
				: members.organisation(organisationId).map(o -> o.getName()).orElse("");
		return new Object[] { title, organisation, link("/cooperation/" + request.getId()) };
	}

	String link(String path) {
		return mailer.link(path);
	}

	/** Sends {@code key.subject} and {@code key.body} to each recipient in their language. */
	void send(Map<String, Locale> recipients, String key, Object[] arguments) {
		send(recipients, key + ".subject", key + ".body", arguments);
	}

	/** As {@link #send(Map, String, Object[])} with the subject's and the body's keys apart. */
	void send(Map<String, Locale> recipients, String subjectKey, String bodyKey, Object[] arguments) {
		recipients.forEach((email, locale) -> mailer.send(email, messages.getMessage(subjectKey, arguments, locale),
				messages.getMessage(bodyKey, arguments, locale)));
	}
}
