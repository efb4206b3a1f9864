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
 * Tells learners by e-mail that a certificate is issued (with its verification link), and applicants each step of their
 * application to a training session. Runs after the deciding transaction commits.
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

	@ApplicationModuleListener
	void on(TrainingApplicationChanged event) {
		var profile = accounts.profile(event.userId());
		Locale locale = profile.preferredLanguage() == null ? Locale.ENGLISH
				: Locale.forLanguageTag(profile.preferredLanguage());
		Object[] arguments = { event.sessionTitle(), mailer.link("/trainings/" + event.sessionId()) };
		String key = "training.mail." + event.status().name().toLowerCase(Locale.ROOT);
		mailer.send(profile.email(), messages.getMessage(key + ".subject", arguments, locale),
				messages.getMessage(key + ".body", arguments, locale));
	}

	@ApplicationModuleListener
	void on(TrainingStartsSoon event) {
		var profile = accounts.profile(event.userId());
		Locale locale = profile.preferredLanguage() == null ? Locale.ENGLISH
				: Locale.forLanguageTag(profile.preferredLanguage());
		Object[] arguments = { event.sessionTitle(), mailer.link("/trainings/" + event.sessionId()),
				event.startsOn().toString(), event.venue() };
		mailer.send(profile.email(), messages.getMessage("training.mail.reminder.subject", arguments, locale),
				messages.getMessage("training.mail.reminder.body", arguments, locale));
	}

	@ApplicationModuleListener
	void on(CertificateIssued event) {
		if (!(Enrolments.SOURCE.equals(event.sourceType()) || Trainings.SOURCE.equals(event.sourceType()))
				|| event.recipientUserId() == null) {
			return;
		}
		var profile = accounts.profile(event.recipientUserId());
		Locale locale = profile.preferredLanguage() == null ? Locale.ENGLISH
				: Locale.forLanguageTag(profile.preferredLanguage());
		String title = certificates.find(event.code()).map(c -> c.getTitle()).orElse("");
		Object[] arguments = { title, mailer.link("/verify/" + event.code()), mailer.link("/account/certificates") };
		String key = Enrolments.SOURCE.equals(event.sourceType()) ? "learning.mail.certificate" : "training.mail.certificate";
		mailer.send(profile.email(), messages.getMessage(key + ".subject", arguments, locale),
				messages.getMessage(key + ".body", arguments, locale));
	}
}
