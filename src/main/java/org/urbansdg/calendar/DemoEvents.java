package org.urbansdg.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DemoContent;

/**
 * The demo events, past and upcoming, counted in days from the day the demo starts. Also adds the network's own
 * organisations that organise them. They pass through the entity's checks, so a mistake fails start-up loudly.
 */
@Component
@Profile("demo")
@Order(35)
class DemoEvents implements ApplicationRunner {

	private final CalendarEventRepository events;

	private final EventCalendar calendar;

	private final Members members;

	private final DemoContent demo;

	DemoEvents(CalendarEventRepository events, EventCalendar calendar, Members members, DemoContent demo) {
		this.events = events;
		this.calendar = calendar;
		this.members = members;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Map<String, Long> cities = new HashMap<>();
		for (Map<String, Object> c : demo.section("cities")) {
			members.cityNamed((String) c.get("name"), (String) c.get("country"))
				.ifPresent(city -> cities.put((String) c.get("key"), city.getId()));
		}
		for (Map<String, Object> o : demo.section("networkOrganisations")) {
			String name = (String) o.get("name");
			if (members.organisationNamed(name).isEmpty()) {
				members.addOrganisation(name, Organisation.Type.valueOf((String) o.get("type")),
						(String) o.get("country"), cities.get((String) o.get("city")), Organisation.Membership.ACTIVE,
						null);
			}
		}
		if (events.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.ofInstant(calendar.now(), ZoneOffset.UTC);
		for (Map<String, Object> m : demo.section("events")) {
			load(m, today);
		}
	}

	@SuppressWarnings("unchecked")
	private void load(Map<String, Object> m, LocalDate today) {
		ZoneId zone = ZoneId.of((String) m.get("timeZone"));
		LocalDateTime start = LocalDateTime.of(today.plusDays(((Number) m.get("startInDays")).longValue()),
				LocalTime.parse((String) m.get("startTime")));
		long minutes = Math.round(((Number) m.get("durationHours")).doubleValue() * 60);
		LocalDateTime end = start.atZone(zone).plusMinutes(minutes).withZoneSameInstant(zone).toLocalDateTime();
		Set<Organisation> partners = new LinkedHashSet<>();
		for (String name : (List<String>) m.getOrDefault("partners", List.of())) {
			partners.add(organisation(name));
		}
		Set<Integer> goals = new TreeSet<>((List<Integer>) m.getOrDefault("goals", List.of()));
		CalendarEvent.Details details = new CalendarEvent.Details((String) m.get("title"),
				((String) m.get("description")).strip(), EventType.valueOf((String) m.get("type")), start, end,
				zone.getId(), (String) m.get("venue"), (String) m.get("city"), (String) m.get("country"),
				(String) m.get("online"), organisation((String) m.get("organiser")), partners, goals,
				(String) m.get("language"), RegistrationMode.valueOf((String) m.get("registration")),
				(String) m.get("registrationUrl"), (Integer) m.get("capacity"),
				(List<String>) m.getOrDefault("questions", List.of()));
		calendar.create(details);
	}

	private Organisation organisation(String name) {
		return members.organisationNamed(name)
			.orElseThrow(() -> new IllegalStateException("Demo event names an unknown organisation: " + name));
	}
}
