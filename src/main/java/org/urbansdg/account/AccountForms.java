package org.urbansdg.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.urbansdg.shared.OfferedLanguage;

/** The forms of this module: only the fields each form has, never the entity. */
final class AccountForms {

	private AccountForms() {
	}

	static final int MIN_PASSWORD = 10;

	record RegistrationForm(@NotBlank @Size(max = 120) String displayName,
			@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(min = MIN_PASSWORD, max = PasswordPolicy.MAX_LENGTH) String password, String passwordRepeat,
			Long organisationId) {

		static RegistrationForm empty() {
			return new RegistrationForm("", "", "", "", null);
		}

		@AssertTrue(message = "{account.password.mismatch}")
		boolean isPasswordRepeated() {
			return password == null || password.equals(passwordRepeat);
		}
	}

	record EmailForm(@NotBlank @Email @Size(max = 254) String email) {
	}

	record ResetForm(@NotBlank @Size(max = 100) String token,
			@NotBlank @Size(min = MIN_PASSWORD, max = PasswordPolicy.MAX_LENGTH) String password,
			String passwordRepeat) {

		@AssertTrue(message = "{account.password.mismatch}")
		boolean isPasswordRepeated() {
			return password == null || password.equals(passwordRepeat);
		}
	}

	record PasswordChangeForm(@NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) String currentPassword,
			@NotBlank @Size(min = MIN_PASSWORD, max = PasswordPolicy.MAX_LENGTH) String password,
			String passwordRepeat) {

		static PasswordChangeForm empty() {
			return new PasswordChangeForm("", "", "");
		}

		@AssertTrue(message = "{account.password.mismatch}")
		boolean isPasswordRepeated() {
			return password == null || password.equals(passwordRepeat);
		}
	}

	record ProfileForm(@NotBlank @Size(max = 120) String displayName, @Size(max = 120) String jobTitle,
			@Size(max = 16) @OfferedLanguage String preferredLanguage, Long organisationId) {
	}
}
