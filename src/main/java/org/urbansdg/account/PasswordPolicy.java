package org.urbansdg.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.urbansdg.shared.DomainException;

/**
 * What a new password must not be, beyond its length (NIST SP 800-63B, 3.1.1.2: no composition rules, but no
 * password from a list of common ones, nor one made of the service's name or the user's own address or name).
 */
@Component
class PasswordPolicy {

	/** As many characters as the forms accept; every byte of them counts (Argon2id, not bcrypt's 72). */
	static final int MAX_LENGTH = 128;

	private static final Set<String> SERVICE_WORDS = Set.of("urbansdg", "urban sdg", "citynet", "sdgplatform");

	private final Set<String> common = load("account/common-passwords.txt");

	/**
	 * @throws DomainException {@code account.password.common} for a common or trivial password,
	 * {@code account.password.personal} for one made of the address, the name or the service's name
	 */
	void check(String password, String email, String displayName) {
		String folded = password.strip().toLowerCase(Locale.ROOT);
		if (common.contains(folded) || folded.chars().distinct().count() < 4) {
			throw new DomainException("account.password.common");
		}
		String compact = folded.replaceAll("[\\s\\d\\p{Punct}]", "");
		String localPart = email == null ? "" : AccountUserDetails.normalise(email).replaceAll("@.*", "");
		String name = displayName == null ? "" : displayName.strip().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
		boolean personal = SERVICE_WORDS.stream().anyMatch(word -> compact.equals(word.replace(" ", "")))
				|| (localPart.length() >= 4 && folded.contains(localPart))
				|| (name.length() >= 4 && compact.equals(name));
		if (personal) {
			throw new DomainException("account.password.personal");
		}
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(words::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords is missing: " + resource, ex);
		}
		return words;
	}
}
