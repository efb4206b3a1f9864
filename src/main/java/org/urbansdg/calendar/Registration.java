package org.urbansdg.calendar;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.urbansdg.shared.DomainException;

/**
 * A person's registration for an event on the platform: confirmed, on the waitlist, or cancelled. The cancel token
 * is the secret in the link of the confirmation e-mail, so cancelling needs no sign-in.
 */
@Entity
@Table(name = "event_registration")
class Registration {

	/** The length of event_registration_answer.answer. */
	static final int MAX_ANSWER = 2000;

	public enum Status {
		CONFIRMED, WAITLISTED, CANCELLED
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long eventId;

	private Long userId;

	private String name;

	private String email;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String cancelToken;

	/** The language the registrant used, for the e-mails about this registration. */
	private String language;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "event_registration_answer", joinColumns = @JoinColumn(name = "registration_id"))
	@OrderColumn(name = "position")
	@Column(name = "answer")
	private List<String> answers = new ArrayList<>();

	private Instant createdAt;

	private Instant changedAt;

	protected Registration() {
	}

	Registration(long eventId, long userId, String name, String email, List<String> answers, boolean placeFree,
			java.util.Locale locale, Instant now) {
		this.eventId = eventId;
		this.userId = userId;
		this.name = name;
		this.email = email;
		this.answers.addAll(answers);
		this.status = placeFree ? Status.CONFIRMED : Status.WAITLISTED;
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		this.cancelToken = HexFormat.of().formatHex(secret);
		this.language = locale.toLanguageTag();
		this.createdAt = now;
		this.changedAt = now;
	}

	/** @throws DomainException {@code calendar.registration.alreadyCancelled} */
	void cancel(Instant now) {
		if (status == Status.CANCELLED) {
			throw new DomainException("calendar.registration.alreadyCancelled");
		}
		status = Status.CANCELLED;
		changedAt = now;
	}

	/** A place has come free: the first on the waitlist takes it. */
	void promote(Instant now) {
		if (status != Status.WAITLISTED) {
			throw new IllegalStateException("Only waitlisted registrations move up");
		}
		status = Status.CONFIRMED;
		changedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getEventId() {
		return eventId;
	}

	public Long getUserId() {
		return userId;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public Status getStatus() {
		return status;
	}

	public boolean isWaitlisted() {
		return status == Status.WAITLISTED;
	}

	public String getCancelToken() {
		return cancelToken;
	}

	public java.util.Locale getLocale() {
		return java.util.Locale.forLanguageTag(language);
	}

	public List<String> getAnswers() {
		return List.copyOf(answers);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
