package org.urbansdg.training;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.urbansdg.account.Accounts;
import org.urbansdg.certificate.CertificateIssued;
import org.urbansdg.certificate.Certificates;
import org.urbansdg.shared.Mailer;

/**
 * Tells applicants by e-mail each step of their application to a training session, reminds participants before the
 * start, and sends certificates of attendance (with their verification link). Runs after the deciding transaction
 * commits.
 */
@Component
class TrainingNotifications {

	private final Accounts accounts;

	private final Certificates certificates;

	private final Mailer mailer;

	private final MessageSource messages;

	TrainingNotifications(Accounts accounts, Certificates certificates, Mailer mailer, MessageSource messages) {
		this.accounts = accounts;
		this.certificates = certificates;
		this.mailer = mailer;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(TrainingApplicationChanged event) {
		Object[] arguments = { event.sessionTitle(), mailer.link("/trainings/" + event.sessionId()) };
		send(event.userId(), "training.mail." + event.status().name().toLowerCase(Locale.ROOT), arguments);
	}

	@ApplicationModuleListener
	void on(TrainingStartsSoon event) {
		Object[] arguments = { event.sessionTitle(), mailer.link("/trainings/" + event.sessionId()),
				event.startsOn().toString(), event.venue() };
		send(event.userId(), "training.mail.reminder", arguments);
	}

	/** Certificates of attendance only; the certificate module announces every certificate it issues. */
	@ApplicationModuleListener
	void on(CertificateIssued event) {
		if (!Trainings.SOURCE.equals(event.sourceType()) || event.recipientUserId() == null) {
			return;
		}
		String title = certificates.find(event.code()).map(c -> c.getTitle()).orElse("");
		Object[] arguments = { title, mailer.link("/verify/" + event.code()), mailer.link("/account/certificates") };
		send(event.recipientUserId(), "training.mail.certificate", arguments);
	}

	/** In the recipient's preferred language (the default when they chose none, or it is no longer offered). */
	private void send(long userId, String key, Object[] arguments) {
		var profile = accounts.profile(userId);
		Locale locale = profile.locale();
		mailer.send(profile.email(), messages.getMessage(key + ".subject", arguments, locale),
				messages.getMessage(key + ".body", arguments, locale));
	}
}
