package org.urbansdg.account;

import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.Mailbox;
import org.urbansdg.People;
import org.urbansdg.PlatformTest;
import org.urbansdg.member.Members;

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

/** Sessions that end when access is withdrawn, sign-in and registration that reveal no account, passphrases. */
@PlatformTest
class AccountSecurityTests {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	static final String PASSWORD = "test password 123";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	private People people() {
		return new People(accounts, members);
	}

	/** Signs in through the form, as a browser does, and returns the session. */
	private MockHttpSession signIn(String email, String password) throws Exception {
		return (MockHttpSession) mvc
			.perform(formLogin("/sign-in").userParameter("email").user(email).password(password))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private Actor actor(People.Person person) {
		return accounts.actor(person.id()).orElseThrow();
	}

	@Test
	void removedSecretariatRoleStopsAdministrationInTheOpenSession() throws Exception {
		People.Person demoted = people().secretariat();
		MockHttpSession session = signIn(demoted.email(), PASSWORD);
		mvc.perform(get("/admin/organisations").session(session)).andExpect(status().isOk());

		accounts.changeRole(actor(people().secretariat()), demoted.id(), Role.SECRETARIAT, false);

		// The URL rule sees the current roles, and the session that signed in with the old ones is over.
		mvc.perform(get("/admin/organisations").session(session)).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(post("/admin/themes").session(session).with(csrf()).param("code", "x" + System.nanoTime())
			.param("name_en", "Sneaked in")).andExpect(redirectedUrl("/sign-in"));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void roleRulesSeeTheDatabaseNotTheSessionCopy() throws Exception {
		People.Person person = people().secretariat();
		mvc.perform(get("/admin/users").with(People.as(person))).andExpect(status().isOk());
		accounts.changeRole(actor(people().secretariat()), person.id(), Role.SECRETARIAT, false);
		// The request still claims the role (as a session copied at sign-in would): the rule reads it afresh.
		mvc.perform(get("/admin/users").with(People.as(person))).andExpect(status().isForbidden());
	}

	@Test
	void grantedRoleCountsWithoutSigningInAgain() throws Exception {
		People.Person person = people().member();
		MockHttpSession session = signIn(person.email(), PASSWORD);
		mvc.perform(get("/review").session(session)).andExpect(status().isForbidden());
		accounts.changeRole(actor(people().secretariat()), person.id(), Role.SECRETARIAT, true);
		mvc.perform(get("/review").session(session)).andExpect(status().isOk());
	}

	@Test
	void disablingAnAccountEndsItsSessionsAndSignIn() throws Exception {
		People.Person person = people().member();
		MockHttpSession session = signIn(person.email(), PASSWORD);
		mvc.perform(post("/users/" + person.id() + "/enabled").with(csrf()).with(People.as(people().secretariat()))
			.param("enabled", "false")).andExpect(status().is3xxRedirection());

		mvc.perform(get("/account/profile").session(session)).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(formLogin("/sign-in").userParameter("email").user(person.email()).password(PASSWORD))
			.andExpect(redirectedUrl("/sign-in?disabled"))
			.andExpect(unauthenticated());
		mvc.perform(formLogin("/sign-in").userParameter("email").user(person.email()).password("not the password"))
			.andExpect(redirectedUrl("/sign-in?error"));
	}

	@Test
	void onlyTheSecretariatDisablesAccounts() throws Exception {
		People.Person person = people().member();
		mvc.perform(post("/users/" + person.id() + "/enabled").with(csrf()).with(People.as(people().member()))
			.param("enabled", "false")).andExpect(status().isConflict());
		signIn(person.email(), PASSWORD);
	}

	@Test
	void passwordResetEndsTheOtherSessions() throws Exception {
		People.Person person = people().member();
		MockHttpSession session = signIn(person.email(), PASSWORD);
		mvc.perform(post("/password/forgot").with(csrf()).param("email", person.email()));
		String link = Mailbox.linkIn(mail, person.email());
		mvc.perform(post("/password/reset").with(csrf())
			.param("token", link.substring(link.indexOf('=') + 1))
			.param("password", "a brand new passphrase")
			.param("passwordRepeat", "a brand new passphrase")).andExpect(redirectedUrl("/sign-in?reset"));

		mvc.perform(get("/account/profile").session(session)).andExpect(redirectedUrl("/sign-in"));
		signIn(person.email(), "a brand new passphrase");
	}

	@Test
	void changingThePasswordKeepsThisSessionEndsTheOthersAndTellsTheOwner() throws Exception {
		People.Person person = people().member();
		MockHttpSession here = signIn(person.email(), PASSWORD);
		MockHttpSession elsewhere = signIn(person.email(), PASSWORD);

		mvc.perform(post("/account/password").session(here).with(csrf())
			.param("currentPassword", PASSWORD)
			.param("password", "a changed passphrase")
			.param("passwordRepeat", "a changed passphrase")).andExpect(redirectedUrl("/account/profile"));

		mvc.perform(get("/account/profile").session(here)).andExpect(status().isOk());
		mvc.perform(get("/account/profile").session(elsewhere)).andExpect(redirectedUrl("/sign-in"));
		assertThat(Mailbox.await(mail, person.email(), 1).get(0).getSubject()).isEqualTo("Your password has been changed");
		signIn(person.email(), "a changed passphrase");
	}

	@Test
	void aWrongCurrentPasswordChangesNothingAndSaysWhy() throws Exception {
		People.Person person = people().member();
		MockHttpSession session = signIn(person.email(), PASSWORD);
		mvc.perform(post("/account/password").session(session).with(csrf())
			.param("currentPassword", "not my password")
			.param("password", "a changed passphrase")
			.param("passwordRepeat", "a changed passphrase"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("This is not your current password.")));
		signIn(person.email(), PASSWORD);
	}

	@Test
	void unconfirmedAccountIsNamedOnlyToWhoeverKnowsItsPassword() throws Exception {
		String email = "unconfirmed-" + UUID.randomUUID() + "@example.org";
		register(email, "Ana Planner", "correct horse battery");
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("any guess at all"))
			.andExpect(redirectedUrl("/sign-in?error"));
		mvc.perform(formLogin("/sign-in").userParameter("email").user("nobody-" + UUID.randomUUID() + "@example.org")
			.password("any guess at all")).andExpect(redirectedUrl("/sign-in?error"));
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("correct horse battery"))
			.andExpect(redirectedUrl("/sign-in?unconfirmed"));
	}

	@Test
	void registeringATakenAddressLooksTheSameAndMailsItsOwner() throws Exception {
		People.Person owner = people().member();
		String taken = register(owner.email(), "Intruder", "correct horse battery");
		String fresh = register("new-" + UUID.randomUUID() + "@example.org", "Intruder", "correct horse battery");
		assertThat(strip(taken, owner.email())).isEqualTo(strip(fresh, null));
		String body = Mailbox.body(Mailbox.await(mail, owner.email(), 1).get(0));
		assertThat(body).contains("already has an account").contains("/password/forgot");
		// The owner's password is untouched.
		signIn(owner.email(), PASSWORD);
	}

	@Test
	void longPassphrasesAreAcceptedUpToTheStatedMaximum() throws Exception {
		String email = "long-" + UUID.randomUUID() + "@example.org";
		// 80 characters, and Korean ones take three bytes each: far beyond bcrypt's 72 bytes.
		String passphrase = "도시의 지속가능한 발전을 위한 정책 공유 ".repeat(4).substring(0, 80);
		register(email, "Long Phrase", passphrase);
		String link = Mailbox.linkIn(mail, email);
		mvc.perform(post("/register/confirm").with(csrf()).param("token", link.substring(link.indexOf('=') + 1)));
		signIn(email, passphrase);

		String tooLong = "x1y2z3 ".repeat(19).substring(0, 129);
		mvc.perform(post("/register").with(csrf()).param("displayName", "Too Long")
			.param("email", "toolong-" + UUID.randomUUID() + "@example.org")
			.param("password", tooLong).param("passwordRepeat", tooLong))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("at most 128")));
	}

	@Test
	void commonAndPersonalPasswordsAreRefusedWithAReason() throws Exception {
		String email = "planner.kim-" + UUID.randomUUID() + "@example.org";
		// The last two come from deep in the second part of the list (ASVS 6.2.4: at least the 3,000 most common).
		for (String common : List.of("qwertyuiop", "1234567890", "Password123", "aaaaaaaaaaaa", "NickCarter",
				"1234566543")) {
			mvc.perform(post("/register").with(csrf()).param("displayName", "Kim Planner").param("email", email)
				.param("password", common).param("passwordRepeat", common))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("one of the most common")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Kim Planner\"")));
		}
		String personal = "urbansdg 2026!";
		mvc.perform(post("/register").with(csrf()).param("displayName", "Kim Planner").param("email", email)
			.param("password", personal).param("passwordRepeat", personal))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("the platform&#39;s name")));
		assertThat(accounts.exists(email)).isFalse();
	}

	@Test
	void oldBcryptHashesStillSignInAndAreStoredAgainWithArgon2(
			@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) throws Exception {
		People.Person person = people().member();
		String bcrypt = "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(PASSWORD);
		jdbc.update("update app_user set password_hash = ? where id = ?", bcrypt, person.id());
		signIn(person.email(), PASSWORD);
		assertThat(jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, person.id()))
			.startsWith("{argon2}$argon2id$");
		signIn(person.email(), PASSWORD);
	}

	private String register(String email, String name, String password) throws Exception {
		return mvc.perform(post("/register").with(csrf()).param("displayName", name).param("email", email)
			.param("password", password).param("passwordRepeat", password))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Check your e-mail")))
			.andReturn().getResponse().getContentAsString();
	}

	/** The page without the address it names and the CSRF token, which differ between any two answers. */
	private static String strip(String page, String email) {
		String withoutToken = page.replaceAll("X-CSRF-TOKEN&quot;: &quot;[^&]*&quot;", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
		return withoutToken.replaceAll("[\\w.+-]+@example\\.org", "ADDRESS").replace(email == null ? "\0" : email.toUpperCase(), "ADDRESS");
	}
}
