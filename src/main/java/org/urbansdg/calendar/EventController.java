package org.urbansdg.calendar;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.Actor;
import org.urbansdg.sdg.SdgCatalogue;
import org.urbansdg.shared.Csv;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.JsonLd;
import org.urbansdg.shared.Mailer;
import org.urbansdg.shared.NotFoundException;
import org.urbansdg.shared.RateLimit;
import org.urbansdg.shared.RateLimits;
import org.urbansdg.shared.RichText;

/** The public calendar: lists, the month view, an event's page and its iCalendar, registration and cancellation. */
@Controller
class EventController {

	static final String LIST = "calendar/events";

	static final String MONTH = "calendar/month";

	static final String EVENT = "calendar/event";

	static final String CANCEL = "calendar/cancel";

	static final String REGISTRANTS = "calendar/registrants";

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final EventCalendar calendar;

	private final ICalendars icalendars;

	private final SdgCatalogue catalogue;

	private final RichText richText;

	private final JsonLd jsonLd;

	private final Mailer mailer;

	private final MessageSource messages;

	private final RateLimits limits;

	EventController(EventCalendar calendar, ICalendars icalendars, SdgCatalogue catalogue, RichText richText,
			JsonLd jsonLd, Mailer mailer, MessageSource messages, RateLimits limits) {
		this.messages = messages;
		this.limits = limits;
		this.calendar = calendar;
		this.icalendars = icalendars;
		this.catalogue = catalogue;
		this.richText = richText;
		this.jsonLd = jsonLd;
		this.mailer = mailer;
	}

	@GetMapping("/events")
	String upcoming(@ModelAttribute("query") EventQuery query, Model model) {
		model.addAttribute("events", calendar.upcoming(query));
		model.addAttribute("past", false);
		return list(model);
	}

	@GetMapping("/events/past")
	String past(@ModelAttribute("query") EventQuery query, Model model) {
		model.addAttribute("events", calendar.past(query));
		model.addAttribute("past", true);
		return list(model);
	}

	private String list(Model model) {
		model.addAttribute("types", EventType.values());
		model.addAttribute("goals", catalogue.goals());
		model.addAttribute("countries", calendar.all().stream()
			.map(CalendarEvent::getCountryCode)
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
		return LIST;
	}

	/** A month as a table of weeks, Monday first; each event is listed on the days it covers in its own zone. */
	@GetMapping("/events/calendar")
	String month(@RequestParam(required = false) String month, @ModelAttribute("query") EventQuery query,
			Model model) {
		YearMonth shown;
		try {
			shown = month == null || month.isBlank() ? YearMonth.from(calendar.today()) : YearMonth.parse(month);
		}
		catch (DateTimeException ex) {
			throw new DomainException("calendar.badMonth");
		}
		List<CalendarEvent> events = calendar.during(shown, query);
		LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<List<Day>> weeks = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
				weeks.add(new ArrayList<>());
			}
			LocalDate d = day;
			List<CalendarEvent> on = events.stream()
				.filter(e -> !d.isBefore(e.getLocalStart().toLocalDate()) && !d.isAfter(e.getLocalEnd().toLocalDate()))
				.toList();
			weeks.get(weeks.size() - 1).add(new Day(d, d.getMonth() == shown.getMonth(), on));
		}
		model.addAttribute("month", shown);
		model.addAttribute("weeks", weeks);
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		model.addAttribute("weekdays", java.util.Arrays.stream(DayOfWeek.values())
			.map(d -> new Weekday(d.getDisplayName(TextStyle.FULL, locale), d.getDisplayName(TextStyle.SHORT, locale)))
			.toList());
		model.addAttribute("monthName", DateTimeFormatter
			.ofPattern(messages.getMessage("calendar.month.pattern", null, locale), locale)
			.format(shown));
		model.addAttribute("hasEvents", !events.isEmpty());
		return MONTH;
	}

	/** A column heading of the month view. */
	record Weekday(String full, String abbreviation) {
	}

	/** A day cell of the month view. */
	record Day(LocalDate date, boolean inMonth, List<CalendarEvent> events) {
	}

	@GetMapping("/events/{id}")
	String show(@PathVariable long id, Actor actor, Model model) {
		CalendarEvent e = calendar.get(id);
		model.addAttribute("e", e);
		model.addAttribute("description", richText.html(e.getDescription()));
		model.addAttribute("actor", actor);
		model.addAttribute("registration", calendar.registrationOf(actor, id).orElse(null));
		model.addAttribute("isPast", e.isPast(calendar.now()));
		model.addAttribute("started", !e.getStartsAt().isAfter(calendar.now()));
		if (e.getRegistrationMode() == RegistrationMode.PLATFORM) {
			model.addAttribute("placesLeft", Math.max(0, e.getCapacity() - calendar.confirmedCount(id)));
		}
		model.addAttribute("canSeeRegistrants", calendar.canSeeRegistrants(actor, e));
		model.addAttribute("jsonLd", jsonLd.script(schema(e)));
		return EVENT;
	}

	private Map<String, Object> schema(CalendarEvent e) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "Event");
		data.put("name", e.getTitle());
		data.put("description", e.getDescription());
		data.put("startDate", e.getLocalStart().toOffsetDateTime().toString());
		data.put("endDate", e.getLocalEnd().toOffsetDateTime().toString());
		data.put("url", mailer.link("/events/" + e.getId()));
		data.put("inLanguage", e.getLanguage());
		if (e.isOnline()) {
			data.put("eventAttendanceMode", "https://schema.org/OnlineEventAttendanceMode");
			data.put("location", Map.of("@type", "VirtualLocation", "url", e.getOnlineUrl()));
		}
		else {
			data.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
			Map<String, Object> address = new LinkedHashMap<>();
			address.put("@type", "PostalAddress");
			address.put("addressLocality", e.getCity() == null ? "" : e.getCity());
			address.put("addressCountry", e.getCountryCode() == null ? "" : e.getCountryCode());
			data.put("location", Map.of("@type", "Place", "name", e.getVenue() == null ? "" : e.getVenue(),
					"address", address));
		}
		data.put("organizer", Map.of("@type", "Organization", "name", e.getOrganiser().getName()));
		return data;
	}

	@GetMapping("/events/{id}.ics")
	ResponseEntity<String> ics(@PathVariable long id) {
		CalendarEvent e = calendar.get(id);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("event-" + id + ".ics").build().toString())
			.body(icalendars.of(List.of(e)));
	}

	/** The subscribable feed of upcoming events. */
	@GetMapping("/events/feed.ics")
	ResponseEntity<String> feed() {
		return ResponseEntity.ok().contentType(CALENDAR).body(icalendars.of(calendar.upcoming(EventQuery.ALL)));
	}

	@PostMapping("/events/{id}/registrations")
	String register(@PathVariable long id, @RequestParam(name = "answers", required = false) List<String> answers,
			Actor actor, Locale locale, RedirectAttributes redirect) {
		if (actor == null) {
			return "redirect:/sign-in";
		}
		try {
			Registration r = calendar.register(actor, id, answers == null ? List.of() : answers, locale);
			redirect.addFlashAttribute("flash",
					r.isWaitlisted() ? "calendar.registration.waitlisted" : "calendar.registration.confirmed");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("registrationError", ex.messageKey());
			redirect.addFlashAttribute("registrationErrorArguments", ex.arguments());
			redirect.addFlashAttribute("answers", answers);
		}
		return "redirect:/events/" + id + "#registration";
	}

	@GetMapping("/events/registrations/cancel")
	String confirmCancel(@RequestParam(defaultValue = "") String token, Model model) {
		Registration r = calendar.byToken(token).orElseThrow(NotFoundException::new);
		model.addAttribute("r", r);
		model.addAttribute("e", calendar.get(r.getEventId()));
		model.addAttribute("token", token);
		return CANCEL;
	}

	@PostMapping("/events/registrations/cancel")
	String cancel(@RequestParam(defaultValue = "") String token, RedirectAttributes redirect) {
		CalendarEvent e = calendar.cancel(token);
		redirect.addFlashAttribute("flash", "calendar.registration.cancelled");
		return "redirect:/events/" + e.getId();
	}

	@GetMapping("/events/{id}/registrants")
	String registrants(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("registrants", calendar.registrants(actor, id));
		model.addAttribute("e", calendar.get(id));
		return REGISTRANTS;
	}

	@GetMapping("/events/{id}/registrants.csv")
	ResponseEntity<byte[]> registrantsCsv(@PathVariable long id, Actor actor) {
		limits.check(RateLimit.CSV_EXPORT);
		List<Registration> all = calendar.registrants(actor, id);
		CalendarEvent e = calendar.get(id);
		StringBuilder csv = new StringBuilder("\uFEFF");
		List<String> header = new ArrayList<>(List.of("name", "email", "status", "registered_at"));
		header.addAll(e.getQuestions());
		csv.append(Csv.row(header));
		for (Registration r : all) {
			List<String> row = new ArrayList<>(List.of(r.getName(), r.getEmail(), r.getStatus().name(),
					r.getCreatedAt().toString()));
			row.addAll(r.getAnswers());
			csv.append(Csv.row(row));
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("registrants-" + id + ".csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}
}
