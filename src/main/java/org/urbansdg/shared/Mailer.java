package org.urbansdg.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.core.io.ByteArrayResource;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.stereotype.Component;

/** Sends plain-text e-mail, optionally with attachments. In demo mode it only writes the message to the log, so no SMTP server is needed. */
@Component
public class Mailer {

	@ConfigurationProperties("urbansdg.mail")
	public record Settings(@DefaultValue("no-reply@urbansdg.local") String from,
			@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue("false") boolean logOnly) {
	}

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final JavaMailSender sender;

	private final Settings settings;

	Mailer(JavaMailSender sender, Settings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	/** The address of this platform as users reach it, for links in messages. */
	public String link(String path) {
		return settings.baseUrl() + path;
	}

	/** A file sent with a message, such as an iCalendar invitation. */
	public record Attachment(String fileName, String contentType, byte[] content) {
	}

	/** Sends a plain-text message with files attached (multipart/mixed). */
	public void send(String to, String subject, String body, Attachment... attachments) {
		if (attachments.length == 0 || settings.logOnly()) {
			send(to, subject, body);
			return;
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(settings.from());
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body);
			for (Attachment a : attachments) {
				helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
			}
			sender.send(message);
		}
		catch (MailException | MessagingException ex) {
			log.error("Could not send e-mail '{}' to {}: {}", subject, to, ex.getMessage());
		}
	}

	public void send(String to, String subject, String body) {
		if (settings.logOnly()) {
			log.info("E-mail to {} (not sent: urbansdg.mail.log-only)\nSubject: {}\n\n{}", to, subject, body);
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(settings.from());
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			// The action that caused the mail stands; the user can ask for the message again.
			log.error("Could not send e-mail '{}' to {}: {}", subject, to, ex.getMessage());
		}
	}
}
