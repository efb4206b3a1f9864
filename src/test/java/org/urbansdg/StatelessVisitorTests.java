package org.urbansdg;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urbansdg.People.Person;
import org.urbansdg.account.Accounts;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous pages are stateless: a visitor (or a script) reading public pages over real HTTP gets no session cookie,
 * so the server keeps nothing per visitor and nothing can be inflated by dropping cookies.
 */
@PlatformTest
class StatelessVisitorTests {

	static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

	/** A link from a list page to one item, to visit the item's page too. */
	static final Pattern ITEM = Pattern.compile("href=\"(/(?:news|events|courses|trainings|awards|challenges)/\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	CaseFixtures cases;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("User-Agent", BROWSER).build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void publicPagesSetNoSessionCookie() throws Exception {
		People people = new People(accounts, members);
		long organisation = people.organisation();
		Person editor = people.editorOf(organisation);
		long published = cases.published(organisation, editor, people.secretariat());

		List<String> pages = new ArrayList<>(List.of("/", "/cases", "/cases/" + published, "/cases?q=water",
				"/search", "/search?q=water", "/search?q=water&type=events", "/news", "/events", "/courses",
				"/trainings", "/awards", "/verify", "/?lang=ko", "/challenges", "/challenges?goal=11&status=OPEN"));
		for (String list : List.of("/news", "/events", "/courses", "/trainings", "/awards", "/challenges?status=OPEN")) {
			Matcher item = ITEM.matcher(get(list).body());
			if (item.find()) {
				pages.add(item.group(1));
			}
		}
		assertThat(pages).as("an item of each list").hasSize(22);
		List<String> stateful = new ArrayList<>();
		for (String page : pages) {
			HttpResponse<String> response = get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			// A CSRF token in the page would have been kept in a session.
			if (response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"))
					|| response.body().contains("_csrf")) {
				stateful.add(page);
			}
		}
		assertThat(stateful).as("pages that set a session cookie").isEmpty();
		// Where a member would find a form, a visitor finds a link to sign in (the demo course and session are open).
		assertThat(get(pages.stream().filter(p -> p.startsWith("/courses/")).findFirst().orElseThrow()).body())
			.contains("Sign in to enrol");
		assertThat(get(pages.stream().filter(p -> p.startsWith("/trainings/")).findFirst().orElseThrow()).body())
			.contains("Sign in to apply");
		assertThat(get(pages.stream().filter(p -> p.startsWith("/challenges/")).findFirst().orElseThrow()).body())
			.contains("Sign in to offer help");
	}
}
