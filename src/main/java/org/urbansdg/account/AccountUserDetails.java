package org.urbansdg.account;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs users in by e-mail address. Whether the account may sign in (confirmed, not disabled) is checked by
 * {@link SignInChecks} only after the password, so that a wrong password says nothing about the account. A password
 * stored with an older scheme is stored again with the current one at sign-in.
 */
@Component
class AccountUserDetails implements UserDetailsService, UserDetailsPasswordService {

	private final UserAccountRepository users;

	AccountUserDetails(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		UserAccount user = users.findByEmail(normalise(email))
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		return new AccountPrincipal(user.getEmail(), user.getPasswordHash(), user.isEnabled(), user.isEmailConfirmed(),
				user.getSessionVersion(), authorities(user));
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails signedIn, String newHash) {
		UserAccount user = users.findByEmail(normalise(signedIn.getUsername())).orElseThrow();
		user.rehashPassword(newHash);
		return new AccountPrincipal(user.getEmail(), newHash, user.isEnabled(), user.isEmailConfirmed(),
				user.getSessionVersion(), authorities(user));
	}

	static List<GrantedAuthority> authorities(UserAccount user) {
		return user.getRoles().stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
	}

	static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}
}
