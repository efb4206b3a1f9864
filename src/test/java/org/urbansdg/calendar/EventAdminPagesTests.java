package org.urbansdg.calendar;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/**
 * The secretariat's event pages: the list of every event ({@code /admin/events}) and the form for one. Scheduling,
 * registration and the public pages are in {@code EventCalendarTests}.
 */
@PlatformTest
class EventAdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	EventCalendar calendar;

	Person secretariat;

	Organisation organiser;

	@BeforeEach
	void setUp() {
		People people = new People(accounts, members);
		secretariat = people.secretariat();
		organiser = members.organisation(people.organisation()).orElseThrow();
	}

	@Test
	void theListShowsEachEventWithHowOneRegistersAndItsRegistrantsWhenTakenHere() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		CalendarEvent none = EventTestData.event(calendar, organiser, "Field visit " + tag, "A visit.", "en", 20);
		CalendarEvent platform = EventTestData.withRegistration(calendar, organiser, "Workshop " + tag, List.of());

		Document page = page("/admin/events");
		assertThat(page.select("h1").text()).isEqualTo("Events");
		assertThat(page.select("main a.button").attr("href")).isEqualTo("/admin/events/new");
		assertThat(row(page, none)).contains("No registration").doesNotContain("Registrants");
		assertThat(row(page, platform)).contains("On this platform", "Registrants");
		assertThat(page.select("a[href=/events/" + platform.getId() + "/registrants]")).hasSize(1);
		assertThat(page.select("a[href=/admin/events/" + none.getId() + "]").text()).isEqualTo("Edit");
	}

	@Test
	void theFormShowsTheEventAsSaved() throws Exception {
		CalendarEvent event = EventTestData.withRegistration(calendar, organiser, "Forum " + UUID.randomUUID(),
				List.of("Which city do you work for?"));
		Document form = page("/admin/events/" + event.getId());
		assertThat(form.select("h1").text()).isEqualTo("Edit the event");
		assertThat(form.select("main form").attr("action")).isEqualTo("/admin/events/" + event.getId());
		assertThat(form.select("#title").val()).isEqualTo(event.getTitle());
		assertThat(form.select("#timeZone").val()).isEqualTo("Asia/Seoul");
		assertThat(form.select("#registrationMode option[selected]").val()).isEqualTo("PLATFORM");
		assertThat(form.select("#organiserId option[selected]").val()).isEqualTo(String.valueOf(organiser.getId()));
		assertThat(form.select("#questions").val()).contains("Which city do you work for?");
	}

	@Test
	void aNewEventStartsWithAnEmptyForm() throws Exception {
		Document form = page("/admin/events/new");
		assertThat(form.select("h1").text()).isEqualTo("Add an event");
		assertThat(form.select("main form").attr("action")).isEqualTo("/admin/events");
		assertThat(form.select("#title").val()).isEmpty();
	}

	Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(as(secretariat))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	static String row(Document page, CalendarEvent event) {
		return page.select("tbody tr:has(a[href=/events/" + event.getId() + "])").text();
	}
}
