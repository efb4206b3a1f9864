package org.urbansdg.account;

import java.util.Locale;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Signs users in by e-mail address; an unconfirmed address counts as a disabled account. */
@Component
class AccountUserDetails implements UserDetailsService {

	private final UserAccountRepository users;

	AccountUserDetails(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		UserAccount user = users.findByEmail(normalise(email))
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		return User.withUsername(user.getEmail())
			.password(user.getPasswordHash())
			.disabled(!user.isEnabled() || !user.isEmailConfirmed())
			.authorities(user.getRoles().stream().map(Role::authority).toArray(String[]::new))
			.build();
	}

	static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}
}
