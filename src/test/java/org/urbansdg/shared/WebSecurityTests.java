package org.urbansdg.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.People;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Answers and headers that hold for every page: not found, HEAD, proxies, operators' endpoints, framework errors. */
@PlatformTest
class WebSecurityTests {

	static final String OPERATOR = "Basic " + Base64.getEncoder().encodeToString("operator:test-operator-secret".getBytes());

	@Autowired
	CaseStudies cases;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@LocalServerPort
	int port;

	@Test
	void unknownAddressesAreNotFoundForVisitors() throws Exception {
		for (String path : new String[] { "/no-such-page", "/oai", "/cases/1/nothing-here", "/admin-typo", "/.git/config",
				"/.git/HEAD" }) {
			mvc.perform(get(path)).andExpect(status().isNotFound());
		}
		// What exists but needs an account still asks to sign in.
		mvc.perform(get("/learning")).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void unknownAddressesAreNotFoundForMembers() throws Exception {
		mvc.perform(get("/no-such-page").with(People.as(new People(accounts, members).member())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("We could not find that page")));
	}

	@Test
	void headOfPublicPagesAnswersLikeGet() throws Exception {
		for (String path : new String[] { "/", "/cases", "/news", "/events", "/courses", "/search?q=water" }) {
			mvc.perform(head(path)).andExpect(status().isOk());
		}
	}

	@Test
	void everyPageSaysWhichBrowserFeaturesAndWindowsItShares() throws Exception {
		// No CORS: another site's scripts are never allowed to read a page, whatever origin they claim.
		mvc.perform(get("/").header("Origin", "https://elsewhere.example"))
			.andExpect(header().doesNotExist("Access-Control-Allow-Origin"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
			.andExpect(header().string("Cross-Origin-Opener-Policy", "same-origin"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
	}

	@Test
	void signingOutOverTlsTellsTheBrowserToDropWhatItKept() throws Exception {
		mvc.perform(post("/sign-out").secure(true).with(csrf()).with(People.as(new People(accounts, members).member())))
			.andExpect(header().string("Clear-Site-Data", containsString("\"cookies\"")))
			.andExpect(header().string("Clear-Site-Data", containsString("\"storage\"")));
	}

	@Test
	void passwordFieldsAreMaskedAndLeftToPasswordManagers() throws Exception {
		var member = People.as(new People(accounts, members).member());
		for (var request : java.util.List.of(get("/sign-in"), get("/register"),
				get("/account/password").with(member))) {
			var page = org.jsoup.Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
			var fields = page.select("input[name~=(?i)password]");
			assertThat(fields).as("password fields").isNotEmpty().allSatisfy(field -> {
				assertThat(field.attr("type")).isEqualTo("password");
				assertThat(field.attr("autocomplete")).isNotEqualTo("off");
				assertThat(field.hasAttr("onpaste")).isFalse();
			});
		}
	}

	@Test
	void behindATlsProxyCookiesAreSecureAndHstsIsSent() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<Void> proxied = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in"))
			.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age="));
		assertThat(proxied.headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));

		HttpResponse<Void> direct = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in"))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(direct.headers().allValues("Set-Cookie")).noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
	}

	@Test
	void healthDetailsAndMetricsAreForOperatorsOnly() throws Exception {
		People.Person secretariat = new People(accounts, members).secretariat();
		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin("/sign-in").userParameter("email").user(secretariat.email()).password("test password 123"))
			.andReturn().getRequest().getSession(false);

		mvc.perform(get("/actuator/health")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("components"))));
		mvc.perform(get("/actuator/health").session(session))
			.andExpect(content().string(not(containsString("components"))));
		mvc.perform(get("/actuator/health").header("Authorization", OPERATOR))
			.andExpect(content().string(containsString("\"db\"")));

		for (String endpoint : new String[] { "/actuator/metrics", "/actuator/prometheus" }) {
			mvc.perform(get(endpoint)).andExpect(status().isUnauthorized());
			mvc.perform(get(endpoint).session(session)).andExpect(status().isUnauthorized());
			mvc.perform(get(endpoint).header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString("operator:wrong".getBytes())))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/actuator/prometheus").header("Authorization", OPERATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void requestsTheFrameworkRefusesAreClientErrorsNot500() throws Exception {
		People.Person member = new People(accounts, members).member();
		mvc.perform(put("/cases").with(csrf()).with(People.as(member)))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().exists("Allow"));
		mvc.perform(post("/search").with(csrf()).with(People.as(member)))
			.andExpect(status().isMethodNotAllowed());
		// Spring Security's firewall refuses a parameter name with a control character when the page reads them all.
		mvc.perform(post("/courses/1/modules/1/quiz/1").with(csrf()).with(People.as(member)).param("cou\u0018ntry", "KR"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The request could not be understood")));
		// A parameter named like an indexed or nested property is none of a record's: it is ignored.
		mvc.perform(get("/search").param("q[x]", "water").param("goal.x", "11"))
			.andExpect(status().isOk());
		// A list parameter with an index Spring cannot use as a position (not a number, past its growth limit) is
		// malformed: refused, never a 500, and no draft is made of it.
		People.Person editor = new People(accounts, members).editorOf(new People(accounts, members).organisation());
		for (String name : List.of("targets[x]", "targets[9999]", "targets[-1]")) {
			mvc.perform(post("/workspace/cases").with(csrf()).with(People.as(editor)).param("title", "Malformed")
				.param("language", "en").param(name, "11.2"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("The request could not be understood")));
		}
		assertThat(cases.unpublishedOf(editor.organisationId())).isEmpty();
		mvc.perform(get("/search").param("goal[x]", "11")).andExpect(status().isBadRequest());
		mvc.perform(get("/search").param("goal[0]", "11")).andExpect(status().isOk());
		// PostgreSQL cannot store or compare text with U+0000, and no keyboard types it: it is removed.
		mvc.perform(get("/cases").param("q", "water\u0000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"water\"")));
	}
}
