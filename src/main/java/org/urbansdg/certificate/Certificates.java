package org.urbansdg.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Actor;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;

/** Issues, finds, prints and revokes certificates. Other modules call {@link #issue}; anyone can verify a code. */
@Service
@Transactional(readOnly = true)
public class Certificates {

	/** Crockford's base 32: no I, L, O or U, so a code read aloud or typed from paper is hard to get wrong. */
	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int CODE_LENGTH = 12;

	/** The issuer named when no organisation issues a certificate: the platform itself. */
	public static final String PLATFORM = "Urban SDG Knowledge Platform";

	/**
	 * What a module asks to certify.
	 * @param sourceType and {@code sourceId} name the thing certified (e.g. "enrolment" 42); one certificate each
	 */
	public record Issue(Certificate.Kind kind, String recipientName, Long recipientUserId, String title, String detail,
			LocalDate issuedOn, String issuedBy, String sourceType, long sourceId) {
	}

	private final CertificateRepository certificates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Certificates(CertificateRepository certificates, ApplicationEventPublisher events, Optional<Clock> clock) {
		this.certificates = certificates;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Issues a certificate, or returns the one already issued for the same source. */
	@Transactional
	public Certificate issue(Issue issue) {
		return certificates.findBySourceTypeAndSourceId(issue.sourceType(), issue.sourceId()).orElseGet(() -> {
			Certificate certificate = certificates.save(new Certificate(newCode(), issue));
			events.publishEvent(new CertificateIssued(certificate.getCode(), issue.recipientUserId(), issue.kind(),
					issue.sourceType(), issue.sourceId()));
			return certificate;
		});
	}

	/** Finds a certificate by its code as a person might type it: any case, with or without dashes and spaces. */
	public Optional<Certificate> find(String typed) {
		return normalise(typed).flatMap(certificates::findByCode);
	}

	public List<Certificate> ofRecipient(long userId) {
		return certificates.findByRecipientUserIdOrderByIssuedOnDesc(userId);
	}

	public List<Certificate> recent() {
		return certificates.findTop200ByOrderByIdDesc();
	}

	/** The recipient and the secretariat may download the PDF; everyone else verifies by code. */
	public Certificate forDownload(Actor actor, String code) {
		Certificate certificate = find(code).orElseThrow(NotFoundException::new);
		boolean recipient = actor != null && certificate.getRecipientUserId() != null
				&& certificate.getRecipientUserId() == actor.userId();
		if (!recipient && (actor == null || !actor.isSecretariat())) {
			throw new NotFoundException();
		}
		return certificate;
	}

	@Transactional
	public void revoke(Actor actor, String code, String reason) {
		if (actor == null || !actor.isSecretariat()) {
			throw new DomainException("certificate.notAllowed");
		}
		find(code).orElseThrow(NotFoundException::new).revoke(reason, clock.instant());
	}

	static Optional<String> normalise(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (code.length() != CODE_LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(code);
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}
}
