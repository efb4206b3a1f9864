package org.urbansdg.shared;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: Argon2id, which (unlike bcrypt, which reads only the first 72 bytes) takes a passphrase
 * of any length. The defaults, 19 MiB of memory, 2 iterations and 1 lane, are the minimum of OWASP's Password Storage
 * Cheat Sheet; each hash records its own parameters, so raising them later re-hashes passwords as their owners sign
 * in. Hashes stored with bcrypt before still verify, and are stored again with Argon2id at the next sign-in.
 *
 * @param argon2MemoryKib memory per hash in KiB
 * @param argon2Iterations passes over that memory
 */
@ConfigurationProperties("urbansdg.passwords")
record PasswordSettings(@DefaultValue("19456") int argon2MemoryKib, @DefaultValue("2") int argon2Iterations) {

	static final String ARGON2 = "argon2";

	PasswordEncoder encoder() {
		Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, argon2MemoryKib, argon2Iterations);
		return new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, argon2, "bcrypt", new BCryptPasswordEncoder()));
	}
}
