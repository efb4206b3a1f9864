package org.urbansdg;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.urbansdg.People.Person;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Role;
import org.urbansdg.calendar.EventCalendar;
import org.urbansdg.calendar.EventTestData;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Fuzz tests of what visitors send: the search and browse parameters, and the main forms (case study, registration,
 * event registration answers). Whatever arrives, the answer is never a 500, shows no stack trace, and no exception
 * escapes the application. One target for all of them, so that a fuzzing run starts the platform once. Input: lines of
 * {@code name=value} ({@link FuzzInput}) sent as request parameters; the line {@code @page=} or {@code @form=} chooses
 * the address, and the value {@code @city} stands for a real city's id. Seeds in {@code WebInputFuzzTestsInputs}. Runs
 * in the shared platform context.
 */
@PlatformTest
class WebInputFuzzTests {

	/** A frame of a Java stack trace, as an error page would leak it. */
	private static final Pattern STACK_FRAME = Pattern
		.compile("\\bat [\\w$]+(\\.[\\w$<>]+)+\\((?:[\\w$]+\\.java:\\d+|Native Method|Unknown Source)\\)");

	private static final Pattern EXCEPTION = Pattern.compile("\\b(?:java|jakarta|org)\\.[\\w.$]+(?:Exception|Error)\\b");

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	/** Made once for all inputs: who posts the forms, and the event they answer. */
	private static Map<String, Object> fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	EventCalendar calendar;

	@FuzzTest(maxDuration = "40s")
	void requestsNeverFail(byte[] bytes) throws Exception {
		FuzzInput input = FuzzInput.of(bytes);
		MockHttpServletRequestBuilder request = input.first("@form") != null ? form(input.first("@form")) : page(input);
		if (input.first("@htmx") != null) {
			request.header("HX-Request", "true");
		}
		assertAnswered(mvc.perform(parameters(request, input)).andReturn(), bytes);
	}

	/** A search or list page: {@code @page=} cases, suggest, events or calendar; the search page otherwise. */
	private static MockHttpServletRequestBuilder page(FuzzInput input) {
		String page = input.first("@page");
		return get(switch (page == null ? "" : page) {
			case "cases" -> "/cases";
			case "suggest" -> "/search/suggest";
			case "events" -> "/events";
			case "calendar" -> "/events/calendar";
			default -> "/search";
		});
	}

	/** A form posted by whom it is for: {@code @form=} register or event; the case form otherwise. */
	private MockHttpServletRequestBuilder form(String form) {
		Map<String, Object> made = fixtures();
		MockHttpServletRequestBuilder request = switch (form) {
			case "register" -> post("/register");
			case "event" -> post("/events/" + made.get("event") + "/registrations").with(People.as((Person) made.get("member")));
			default -> post("/workspace/cases").with(People.as((Person) made.get("editor")));
		};
		return request.with(csrf());
	}

	private MockHttpServletRequestBuilder parameters(MockHttpServletRequestBuilder request, FuzzInput input) {
		for (Map.Entry<String, String> pair : input.pairs()) {
			if (pair.getKey().startsWith("@")) {
				continue;
			}
			String value = "@city".equals(pair.getValue()) ? String.valueOf(fixtures().get("city")) : pair.getValue();
			request.param(pair.getKey(), value);
		}
		return request;
	}

	private static void assertAnswered(MvcResult result, byte[] input) throws Exception {
		int status = result.getResponse().getStatus();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		String sent = new String(input, StandardCharsets.UTF_8);
		assertThat(status).as("status of %s %s", result.getRequest().getMethod(), result.getRequest().getRequestURI())
			.isLessThan(500);
		for (Pattern leak : List.of(STACK_FRAME, EXCEPTION)) {
			Matcher m = leak.matcher(body);
			while (m.find()) {
				// Text the request itself sent may come back on the page; anything else is a leak.
				assertThat(sent).as("the page shows %s", m.group()).contains(m.group());
			}
		}
	}

	private synchronized Map<String, Object> fixtures() {
		if (fixtures == null) {
			People people = new People(accounts, members);
			long organisation = people.organisation();
			fixtures = Map.of("editor", people.person(organisation, Role.EDITOR), "member", people.member(), "city",
					members.cities().get(0).getId(), "event",
					EventTestData.withRegistration(calendar, members.organisation(organisation).orElseThrow(),
							"Fuzzed registrations " + organisation, List.of("Your organisation?", "Your role?"))
						.getId());
		}
		return fixtures;
	}
}
