package org.urbansdg.account;

import java.util.Collection;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.shared.CurrentUsers;

/**
 * Reads the signed-in account once per request: its roles for the URL rules, and the {@link Actor} that controllers
 * receive (kept in the request, so {@link ActorResolver} does not read it again).
 */
@Component
class SignedInUsers implements CurrentUsers {

	static final String ACTOR = Actor.class.getName();

	private final UserAccountRepository users;

	SignedInUsers(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Collection<? extends GrantedAuthority>> current(Authentication signedIn,
			HttpServletRequest request) {
		Optional<UserAccount> found = users.findByEmail(AccountUserDetails.normalise(signedIn.getName()))
			.filter(user -> user.isEnabled() && user.isEmailConfirmed())
			.filter(user -> !(signedIn.getPrincipal() instanceof AccountPrincipal principal)
					|| principal.sessionVersion() == user.getSessionVersion());
		found.ifPresent(user -> request.setAttribute(ACTOR, Accounts.actorOf(user)));
		return found.map(AccountUserDetails::authorities);
	}
}
