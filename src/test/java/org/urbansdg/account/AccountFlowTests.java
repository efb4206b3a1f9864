package org.urbansdg.account;

import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.Mailbox;
import org.urbansdg.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformTest
class AccountFlowTests {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	private static String uniqueEmail() {
		return "user-" + UUID.randomUUID() + "@example.org";
	}

	private void register(String email, String password) throws Exception {
		mvc.perform(post("/register").with(csrf())
			.param("displayName", "Ana Planner")
			.param("email", email)
			.param("password", password)
			.param("passwordRepeat", password))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Check your e-mail")));
	}

	@Test
	void registeredUserConfirmsByMailThenSignsIn() throws Exception {
		String email = uniqueEmail();
		register(email, "correct horse battery");

		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("correct horse battery"))
			.andExpect(redirectedUrl("/sign-in?unconfirmed"))
			.andExpect(unauthenticated());

		String link = Mailbox.linkIn(mail, email);
		assertThat(link).startsWith("/register/confirm?token=");
		String token = link.substring(link.indexOf('=') + 1);
		mvc.perform(get(link)).andExpect(content().string(org.hamcrest.Matchers.containsString("Confirm my address")));
		mvc.perform(post("/register/confirm").with(csrf()).param("token", token))
			.andExpect(redirectedUrl("/sign-in?confirmed"));

		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("correct horse battery"))
			.andExpect(authenticated().withRoles("MEMBER"));
	}

	@Test
	void confirmationLinkWorksOnlyOnce() throws Exception {
		String email = uniqueEmail();
		register(email, "correct horse battery");
		String link = Mailbox.linkIn(mail, email);
		String token = link.substring(link.indexOf('=') + 1);
		mvc.perform(post("/register/confirm").with(csrf()).param("token", token)).andExpect(status().is3xxRedirection());
		mvc.perform(post("/register/confirm").with(csrf()).param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("This link is not valid")));
	}

	@Test
	void invalidRegistrationKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
		mvc.perform(post("/register").with(csrf())
			.param("displayName", "Budi Santoso")
			.param("email", "not-an-address")
			.param("password", "short")
			.param("passwordRepeat", "different"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Budi Santoso\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"not-an-address\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Enter an e-mail address like name@example.org.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Use at least 10 characters")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The two passwords are not the same.")));
		assertThat(accounts.exists("not-an-address")).isFalse();
	}

	@Test
	void anAddressCanRegisterOnlyOnceAndTheFormDoesNotSaySo() throws Exception {
		String email = uniqueEmail();
		register(email, "correct horse battery");
		// The second registration is answered like the first (the address's owner is e-mailed), and changes nothing.
		mvc.perform(post("/register").with(csrf())
			.param("displayName", "Someone Else")
			.param("email", email.toUpperCase())
			.param("password", "another long password")
			.param("passwordRepeat", "another long password"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Check your e-mail")));
		Mailbox.await(mail, email, 2);
		assertThat(accounts.allUsers().stream().filter(u -> u.email().equals(email)))
			.singleElement()
			.satisfies(u -> assertThat(u.displayName()).isEqualTo("Ana Planner"));
	}

	@Test
	void forgottenPasswordIsResetThroughTheMailedLink() throws Exception {
		String email = uniqueEmail();
		accounts.createConfirmed(email, "Reset Me", "old password 123", null, java.util.List.of());
		mvc.perform(post("/password/forgot").with(csrf()).param("email", email))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("we have sent it a link")));
		String link = Mailbox.linkIn(mail, email);
		String token = link.substring(link.indexOf('=') + 1);
		mvc.perform(post("/password/reset").with(csrf())
			.param("token", token)
			.param("password", "new password 456")
			.param("passwordRepeat", "new password 456")).andExpect(redirectedUrl("/sign-in?reset"));

		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("old password 123"))
			.andExpect(unauthenticated());
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("new password 456"))
			.andExpect(authenticated());
	}

	@Test
	void resetForAnUnknownAddressSaysTheSameAndSendsNothing() throws Exception {
		String email = uniqueEmail();
		mvc.perform(post("/password/forgot").with(csrf()).param("email", email))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("we have sent it a link")));
		assertThat(Mailbox.to(mail, email)).isEmpty();
	}

	@Test
	void signInIsThrottledAfterRepeatedFailures() throws Exception {
		String email = uniqueEmail();
		accounts.createConfirmed(email, "Target User", "the real password", null, java.util.List.of());
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("wrong guess " + i))
				.andExpect(redirectedUrl("/sign-in?error"));
		}
		// Even the right password is refused while the account is throttled.
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("the real password"))
			.andExpect(redirectedUrl("/sign-in?throttled"))
			.andExpect(unauthenticated());
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/register").param("displayName", "X").param("email", uniqueEmail()))
			.andExpect(status().isForbidden());
	}
}
