package org.urbansdg;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** The real SMTP server the tests send mail to, with what tests need to read it. */
public final class Mailbox {

	private Mailbox() {
	}

	/** GreenMail on the port the platform under test sends to ({@link TestSmtpPort}). */
	public static GreenMailExtension server() {
		return new GreenMailExtension(new ServerSetup(TestSmtpPort.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	/** Messages received for one address (tests use unique addresses, so others' mail does not interfere). */
	public static List<MimeMessage> to(GreenMailExtension mail, String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/**
	 * Waits (up to thirty seconds) until the address has received the given number of messages: some mail is sent
	 * after the deciding transaction commits, on another thread, behind the mail of earlier tests (each submission
	 * mails every secretariat account, and a full run makes hundreds: ten seconds once ran out on a loaded machine).
	 */
	public static List<MimeMessage> await(GreenMailExtension mail, String address, int count) {
		long deadline = System.currentTimeMillis() + 30_000;
		List<MimeMessage> messages = to(mail, address);
		while (messages.size() < count && System.currentTimeMillis() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			messages = to(mail, address);
		}
		assertThat(messages).as("mail to " + address).hasSizeGreaterThanOrEqualTo(count);
		return messages;
	}

	public static String body(MimeMessage message) {
		return GreenMailUtil.getBody(message);
	}

	/** The path and query of the first link to this platform in the newest message to the address. */
	public static String linkIn(GreenMailExtension mail, String address) {
		List<MimeMessage> messages = to(mail, address);
		assertThat(messages).as("mail to " + address).isNotEmpty();
		String body = GreenMailUtil.getBody(messages.get(messages.size() - 1));
		Matcher link = Pattern.compile("http://localhost(/\\S+)").matcher(body);
		assertThat(link.find()).as("a link in: " + body).isTrue();
		return link.group(1);
	}
}
