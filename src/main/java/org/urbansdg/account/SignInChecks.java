package org.urbansdg.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in by e-mail and password, with the account's state checked after the password: Spring Security's default
 * checks it before, so "unconfirmed" answered any password and told that an address was registered.
 */
@Configuration(proxyBeanMethods = false)
class SignInChecks {

	@Bean
	DaoAuthenticationProvider authenticationProvider(AccountUserDetails users, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setUserDetailsPasswordService(users);
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(user -> {
			AccountPrincipal account = (AccountPrincipal) user;
			if (!account.emailConfirmed()) {
				throw new DisabledException("e-mail address not confirmed");
			}
			if (!account.isEnabled()) {
				throw new LockedException("account disabled");
			}
		});
		return provider;
	}
}
