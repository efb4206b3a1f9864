package org.urbansdg.learning;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.urbansdg.account.Accounts;
import org.urbansdg.certificate.CertificateIssued;
import org.urbansdg.certificate.Certificates;
import org.urbansdg.shared.Mailer;

/**
 * Tells learners by e-mail that their course certificate is issued, with its verification link. Runs after the
 * deciding transaction commits.
 */
@Component
class LearningNotifications {

	private final Accounts accounts;

	private final Certificates certificates;

	private final Mailer mailer;

	private final MessageSource messages;

	LearningNotifications(Accounts accounts, Certificates certificates, Mailer mailer, MessageSource messages) {
		this.accounts = accounts;
		this.certificates = certificates;
		this.mailer = mailer;
		this.messages = messages;
	}

	/** Course certificates only; the certificate module announces every certificate it issues. */
	@ApplicationModuleListener
	void on(CertificateIssued event) {
		if (!Enrolments.SOURCE.equals(event.sourceType()) || event.recipientUserId() == null) {
			return;
		}
		var profile = accounts.profile(event.recipientUserId());
		Locale locale = profile.locale();
		String title = certificates.find(event.code()).map(c -> c.getTitle()).orElse("");
		Object[] arguments = { title, mailer.link("/verify/" + event.code()), mailer.link("/account/certificates") };
		mailer.send(profile.email(), messages.getMessage("learning.mail.certificate.subject", arguments, locale),
				messages.getMessage("learning.mail.certificate.body", arguments, locale));
	}
}
