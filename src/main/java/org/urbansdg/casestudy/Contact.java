package org.urbansdg.casestudy;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Whom to ask about a case: a person or unit, an e-mail address, or both. */
@Embeddable
class Contact {

	/** The longest name the column holds. */
	static final int MAX_NAME = 200;

	/** The longest address SMTP allows, and the column holds. */
	static final int MAX_EMAIL = 254;

	@Column(name = "contact_name")
	private String name;

	@Column(name = "contact_email")
	private String email;

	protected Contact() {
	}

	private Contact(String name, String email) {
		if ((name != null && name.length() > MAX_NAME) || (email != null && email.length() > MAX_EMAIL)) {
			throw new IllegalArgumentException("A contact's name or address is too long");
		}
		if (email != null && email.indexOf('@') < 1) {
			throw new IllegalArgumentException("Not an e-mail address: " + email);
		}
		this.name = name;
		this.email = email;
	}

	/**
	 * A contact from what was typed, stripped; {@code null} when neither is given.
	 * @throws IllegalArgumentException for texts longer than the columns or an address without {@code @} (the form
	 *         checks both first, with messages)
	 */
	static Contact of(String name, String email) {
		String n = blankToNull(name);
		String e = blankToNull(email);
		return n == null && e == null ? null : new Contact(n, e);
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	/** The {@code mailto:} link of the address, or {@code null}. */
	public String getMailto() {
		return email == null ? null : "mailto:" + email;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Contact c && Objects.equals(c.name, name) && Objects.equals(c.email, email);
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, email);
	}
}
