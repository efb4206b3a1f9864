package org.urbansdg.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A one-time link sent by e-mail. Only a hash of the secret is stored, so a database leak reveals no usable link. */
@Entity
@Table(name = "account_token")
class AccountToken {

	enum Purpose {
		CONFIRM_EMAIL, RESET_PASSWORD
	}

	@Id
	private String tokenHash;

	@ManyToOne(optional = false)
	private UserAccount user;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	private Instant expiresAt;

	private Instant usedAt;

	protected AccountToken() {
	}

	AccountToken(String tokenHash, UserAccount user, Purpose purpose, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.user = user;
		this.purpose = purpose;
		this.expiresAt = expiresAt;
	}

	boolean usableFor(Purpose wanted, Instant now) {
		return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
	}

	void use(Instant now) {
		usedAt = now;
	}

	UserAccount getUser() {
		return user;
	}
}
