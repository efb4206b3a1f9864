package org.urbansdg.account;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * Who signed in, and the account's session version at that moment: when the account's sessions are ended (a role
 * removed, the account disabled, the password reset) the version moves on and this session no longer counts.
 */
class AccountPrincipal extends User {

	private final boolean emailConfirmed;

	private final int sessionVersion;

	AccountPrincipal(String email, String passwordHash, boolean enabled, boolean emailConfirmed, int sessionVersion,
			Collection<? extends GrantedAuthority> authorities) {
		super(email, passwordHash, enabled, true, true, true, authorities);
		this.emailConfirmed = emailConfirmed;
		this.sessionVersion = sessionVersion;
	}

	boolean emailConfirmed() {
		return emailConfirmed;
	}

	int sessionVersion() {
		return sessionVersion;
	}

	// User compares by name only, which is what sessions need; said again here because fields were added.
	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}
}
