package org.urbansdg.calendar;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.urbansdg.Mailbox;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/** Events, their time zones and registrations with capacity, waitlist and cancellation; the iCalendar output. */
@PlatformTest
class EventCalendarTests {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	EventCalendar calendar;

	@Autowired
	CalendarEventRepository events;

	@Autowired
	RegistrationRepository registrations;

	People people;

	Person secretariat;

	Organisation organiser;

	@BeforeEach
	void setUp() {
		people = new People(accounts, members);
		secretariat = people.secretariat();
		organiser = members.organisation(people.organisation()).orElseThrow();
	}

	/** An event on the platform starting in the given number of days, in Seoul, with one question. */
	CalendarEvent event(int startInDays, Integer capacity, String title) {
		LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(startInDays).withNano(0);
		return calendar.create(new CalendarEvent.Details(title, "About **" + title + "**", EventType.TRAINING, start,
				start.plusHours(3), "Asia/Seoul", "City Hall", "Seoul", "KR", null, organiser, Set.of(), Set.of(11),
				"en", capacity == null ? RegistrationMode.NONE : RegistrationMode.PLATFORM, null, capacity,
				capacity == null ? List.of() : List.of("Which city do you work for?")));
	}

	MockHttpServletRequestBuilder register(long eventId, Person person) {
		return post("/events/" + eventId + "/registrations").param("answers", "Seoul").with(csrf()).with(as(person));
	}

	MockHttpServletRequestBuilder adminForm(String title, String start, String end, String zone) {
		return post("/admin/events").with(csrf())
			.with(as(secretariat))
			.param("title", title)
			.param("description", "A forum.")
			.param("type", "FORUM")
			.param("start", start)
			.param("end", end)
			.param("timeZone", zone)
			.param("city", "Seoul")
			.param("countryCode", "KR")
			.param("organiserId", organiser.getId().toString())
			.param("goals", "11", "13")
			.param("language", "en")
			.param("registrationMode", "PLATFORM")
			.param("capacity", "50")
			.param("questions", "Your city?\n\nYour role?");
	}

	@Test
	void secretariatSchedulesAnEventInItsOwnTimeZone() throws Exception {
		String title = "Forum " + UUID.randomUUID();
		MvcResult result = mvc.perform(adminForm(title, "2030-03-12T09:30", "2030-03-12T17:00", "Asia/Seoul"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String page = mvc.perform(get(result.getResponse().getRedirectedUrl()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(title).contains("Asia/Seoul").contains("datetime=\"2030-03-12T00:30:00Z\"");
		CalendarEvent saved = events.findAll().stream().filter(e -> e.getTitle().equals(title)).findFirst().orElseThrow();
		assertThat(saved.getStartsAt()).isEqualTo(Instant.parse("2030-03-12T00:30:00Z"));
		assertThat(saved.getQuestions()).containsExactly("Your city?", "Your role?");
		assertThat(saved.getGoals()).containsExactly(11, 13);
	}

	@Test
	void anEndBeforeTheStartIsRefusedAndNothingIsSaved() throws Exception {
		long before = events.count();
		String page = mvc.perform(adminForm("Backwards", "2030-03-12T17:00", "2030-03-12T09:00", "Asia/Seoul"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("The event must end after it starts.");
		assertThat(events.count()).isEqualTo(before);
	}

	@Test
	void anUnknownTimeZoneIsRefusedAndNothingIsSaved() throws Exception {
		long before = events.count();
		String page = mvc.perform(adminForm("Martian", "2030-03-12T09:00", "2030-03-12T10:00", "Mars/Olympus_Mons"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("is not a known time zone");
		assertThat(events.count()).isEqualTo(before);
	}

	@Test
	void registeringTwiceIsRefused() throws Exception {
		CalendarEvent e = event(10, 20, "Twice");
		Person member = people.member();
		mvc.perform(register(e.getId(), member)).andExpect(flash().attribute("flash", "calendar.registration.confirmed"));
		mvc.perform(register(e.getId(), member))
			.andExpect(flash().attribute("registrationError", "calendar.registration.already"));
		assertThat(registrations.findByEventIdOrderByCreatedAtAsc(e.getId())).hasSize(1);
	}

	@Test
	void whenTheEventIsFullYouGoOnTheWaitlistAndAreToldSo() throws Exception {
		CalendarEvent e = event(10, 1, "Full");
		mvc.perform(register(e.getId(), people.member()))
			.andExpect(flash().attribute("flash", "calendar.registration.confirmed"));
		Person late = people.member();
		MvcResult result = mvc.perform(register(e.getId(), late))
			.andExpect(flash().attribute("flash", "calendar.registration.waitlisted"))
			.andReturn();
		String page = mvc.perform(get("/events/" + e.getId()).with(as(late)).flashAttrs(result.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("The event is full, so you are on the waitlist.");
		assertThat(calendar.confirmedCount(e.getId())).isEqualTo(1);
	}

	@Test
	void moreCapacityMovesTheWaitlistUp() throws Exception {
		CalendarEvent e = event(10, 1, "Bigger room");
		mvc.perform(register(e.getId(), people.member()));
		Person waiting = people.member();
		mvc.perform(register(e.getId(), waiting));
		EventForm form = EventForm.of(calendar.get(e.getId()));
		calendar.update(e.getId(), new CalendarEvent.Details(form.title(), form.description(), form.type(),
				form.start(), form.end(), form.timeZone(), form.venue(), form.city(), form.countryCode(),
				form.onlineUrl(), organiser, Set.of(), Set.of(11), "en", RegistrationMode.PLATFORM, null, 2,
				form.questionList()));
		assertThat(registrations.findByEventIdOrderByCreatedAtAsc(e.getId())).extracting(Registration::getStatus)
			.containsExactly(Registration.Status.CONFIRMED, Registration.Status.CONFIRMED);
		assertThat(Mailbox.await(mail, waiting.email(), 2)).extracting(EventCalendarTests::subject)
			.anyMatch(s -> s.startsWith("A place came free"));
	}

	@Test
	void registeringForAnEventThatHasStartedIsRefused() throws Exception {
		CalendarEvent e = event(-1, 20, "Yesterday");
		mvc.perform(register(e.getId(), people.member()))
			.andExpect(flash().attribute("registrationError", "calendar.registration.past"));
		assertThat(registrations.findByEventIdOrderByCreatedAtAsc(e.getId())).isEmpty();
	}

	@Test
	void unansweredQuestionsAreRefused() throws Exception {
		CalendarEvent e = event(10, 20, "Questions");
		mvc.perform(post("/events/" + e.getId() + "/registrations").param("answers", " ").with(csrf())
			.with(as(people.member())))
			.andExpect(flash().attribute("registrationError", "calendar.registration.answersMissing"));
		assertThat(registrations.findByEventIdOrderByCreatedAtAsc(e.getId())).isEmpty();
	}

	@Test
	void anAnswerLongerThanTheDatabaseKeepsIsRefusedWithAMessageAndKept() throws Exception {
		CalendarEvent e = event(10, 20, "Long answers");
		String answer = "Seoul " + "a".repeat(3000);
		var result = mvc.perform(post("/events/" + e.getId() + "/registrations").param("answers", answer).with(csrf())
			.with(as(people.member())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("registrationError", "calendar.registration.answerTooLong"))
			.andReturn();
		assertThat(registrations.findByEventIdOrderByCreatedAtAsc(e.getId())).isEmpty();
		String page = mvc.perform(get("/events/" + e.getId()).with(as(people.member())).flashAttrs(result.getFlashMap()))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Keep each answer to 2,000 characters at most.").contains(answer);
	}

	@Test
	void aQuestionLongerThanTheDatabaseKeepsIsAFieldError() throws Exception {
		long before = events.count();
		String page = mvc.perform(adminForm("Long question", "2030-03-12T09:00", "2030-03-12T10:00", "Asia/Seoul")
			.param("questions", "q".repeat(400)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Keep each question to 300 characters at most.");
		assertThat(events.count()).isEqualTo(before);
	}

	@Test
	void eventsWithoutPlatformRegistrationTakeNone() throws Exception {
		CalendarEvent e = event(10, null, "No registration");
		mvc.perform(register(e.getId(), people.member()))
			.andExpect(flash().attribute("registrationError", "calendar.registration.notOnPlatform"));
	}

	@Test
	void cancellingByTheLinkGivesThePlaceToTheWaitlistWithAnEmailAndACalendarFile() throws Exception {
		CalendarEvent e = event(10, 1, "Cancel " + UUID.randomUUID());
		Person first = people.member();
		Person second = people.member();
		mvc.perform(register(e.getId(), first));
		mvc.perform(register(e.getId(), second));

		MimeMessage confirmation = Mailbox.await(mail, first.email(), 1).get(0);
		assertThat(confirmation.getSubject()).startsWith("Registration confirmed");
		Calendar attached = new CalendarBuilder().build(new StringReader(icsAttachment(confirmation)));
		assertThat(attached.getComponents("VEVENT")).hasSize(1);
		assertThat(Mailbox.await(mail, second.email(), 1).get(0).getSubject()).startsWith("On the waitlist");

		// The cancellation link works without signing in.
		java.util.regex.Matcher cancel = java.util.regex.Pattern.compile("http://localhost(/events/registrations/cancel\\?token=(\\w+))")
			.matcher(text(confirmation));
		assertThat(cancel.find()).isTrue();
		String link = cancel.group(1);
		String token = cancel.group(2);
		mvc.perform(get(link)).andExpect(status().isOk());
		mvc.perform(post("/events/registrations/cancel").param("token", token).with(csrf()))
			.andExpect(status().is3xxRedirection());

		List<Registration> all = registrations.findByEventIdOrderByCreatedAtAsc(e.getId());
		assertThat(all).extracting(Registration::getStatus)
			.containsExactly(Registration.Status.CANCELLED, Registration.Status.CONFIRMED);
		List<MimeMessage> toSecond = Mailbox.await(mail, second.email(), 2);
		MimeMessage promoted = toSecond.stream()
			.filter(m -> subject(m).startsWith("A place came free"))
			.findFirst()
			.orElseThrow();
		assertThat(icsAttachment(promoted)).contains("BEGIN:VEVENT");

		// Cancelling again changes nothing.
		mvc.perform(post("/events/registrations/cancel").param("token", token).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/events/registrations/cancel").param("token", "not-a-token").with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void eachEventAndTheFeedAreICalendarThatIcal4jReads() throws Exception {
		CalendarEvent e = event(20, 10, "Calendar file " + UUID.randomUUID());
		CalendarEvent past = event(-30, null, "Long gone " + UUID.randomUUID());
		String ics = mvc.perform(get("/events/" + e.getId() + ".ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Calendar one = new CalendarBuilder().build(new StringReader(ics));
		one.validate();
		VEvent vevent = (VEvent) one.getComponents("VEVENT").get(0);
		assertThat(vevent.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(e.getTitle());
		assertThat(vevent.getProperty(Property.DTSTART).orElseThrow().getValue()).endsWith("Z");
		assertThat(vevent.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("event-" + e.getId() + "@urbansdg");

		String feed = mvc.perform(get("/events/feed.ics")).andReturn().getResponse().getContentAsString();
		Calendar all = new CalendarBuilder().build(new StringReader(feed));
		List<String> summaries = all.getComponents("VEVENT")
			.stream()
			.map(c -> c.getProperty(Property.SUMMARY).orElseThrow().getValue())
			.toList();
		assertThat(summaries).contains(e.getTitle()).doesNotContain(past.getTitle());
	}

	@Test
	void registrantsAndTheirAnswersExportAsCsvForTheSecretariatOnly() throws Exception {
		CalendarEvent e = event(10, 10, "Export");
		Person member = people.member();
		mvc.perform(post("/events/" + e.getId() + "/registrations").param("answers", "=HYPERLINK(\"x\")")
			.with(csrf())
			.with(as(member)));
		String csv = mvc.perform(get("/events/" + e.getId() + "/registrants.csv").with(as(secretariat)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("\"Which city do you work for?\"")
			.contains(member.email())
			.contains("\"'=HYPERLINK(\"\"x\"\")\"");
		mvc.perform(get("/events/" + e.getId() + "/registrants").with(as(secretariat))).andExpect(status().isOk());
		mvc.perform(get("/events/" + e.getId() + "/registrants.csv").with(as(member))).andExpect(status().isNotFound());
	}

	@Test
	void listsMonthViewAndFilters() throws Exception {
		String title = "Webinar " + UUID.randomUUID();
		LocalDateTime start = LocalDateTime.of(2031, 5, 14, 10, 0);
		calendar.create(new CalendarEvent.Details(title, "Online.", EventType.WEBINAR, start, start.plusHours(1),
				"Asia/Bangkok", null, null, null, "https://meet.example.org/x", organiser, Set.of(), Set.of(6), "en",
				RegistrationMode.NONE, null, null, List.of()));
		assertThat(page("/events")).contains(title);
		assertThat(page("/events?type=WEBINAR&goal=6")).contains(title);
		assertThat(page("/events?type=FORUM")).doesNotContain(title);
		assertThat(page("/events?goal=3")).doesNotContain(title);
		assertThat(page("/events/past")).doesNotContain(title);
		String month = page("/events/calendar?month=2031-05");
		assertThat(month).contains(title).contains("May 2031");
		Document doc = Jsoup.parse(month);
		assertThat(doc.select("table.month caption").text()).isEqualTo("May 2031");
		assertThat(doc.select("table.month thead th")).hasSize(7);
		assertThat(page("/events/calendar?month=2031-06")).doesNotContain(title);
		mvc.perform(get("/events/calendar?month=not-a-month")).andExpect(status().isConflict());
		assertThat(mvc.perform(get("/events/calendar?month=2031-05").locale(java.util.Locale.KOREAN))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("2031년 5월");
	}

	@Test
	void theEventPageCarriesSchemaOrgDataThatTextCannotBreakOutOf() throws Exception {
		String title = "Forum </script><script>alert(1)</script> & more";
		CalendarEvent e = event(15, 10, title);
		String page = page("/events/" + e.getId());
		assertThat(page).doesNotContain("<script>alert(1)");
		Document doc = Jsoup.parse(page);
		String json = doc.select("script[type=application/ld+json]").first().data();
		JsonNode data = JsonMapper.builder().build().readTree(json);
		assertThat(data.get("@type").asString()).isEqualTo("Event");
		assertThat(data.get("name").asString()).isEqualTo(title);
		assertThat(data.get("startDate").asString()).endsWith("+09:00");
		assertThat(doc.select("meta[property=og:title]").attr("content")).isEqualTo(title);
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain-text part of a message with attachments, decoded. */
	private static String text(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (part.getContent() instanceof Multipart inner) {
				return String.valueOf(inner.getBodyPart(0).getContent());
			}
			if (part.isMimeType("text/plain") && part.getFileName() == null) {
				return String.valueOf(part.getContent());
			}
		}
		throw new AssertionError("no text part");
	}

	private static String icsAttachment(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (part.getFileName() != null && part.getFileName().endsWith(".ics")) {
				return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no .ics attachment");
	}
}
