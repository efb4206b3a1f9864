package org.urbansdg.training;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DemoContent;

/**
 * The demo training sessions from {@code demo/training.yml}, run by the demo trainer; dates are counted from today,
 * so the call for applications is open. An organisation the file names that does not exist fails start-up loudly.
 */
@Component
@Profile("demo")
@Order(41)
class DemoTrainings implements ApplicationRunner {

	static final String TRAINER = "trainer@demo.urbansdg.org";

	private final TrainingSessionRepository sessions;

	private final Members members;

	private final Accounts accounts;

	private final DemoContent demo;

	DemoTrainings(TrainingSessionRepository sessions, Members members, Accounts accounts, DemoContent demo) {
		this.sessions = sessions;
		this.members = members;
		this.accounts = accounts;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (sessions.count() > 0) {
			return;
		}
		long trainer = accounts.actor(TRAINER).map(Actor::userId)
			.orElseThrow(() -> new IllegalStateException("The demo trainer account is missing"));
		Instant now = Instant.now();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (Map<String, Object> t : demo.section("trainings")) {
			LocalDate start = today.plusDays(number(t, "startsInDays"));
			TrainingSession session = new TrainingSession(text(t, "title"), text(t, "description"),
					organisation(text(t, "host")), text(t, "venue"), text(t, "language"), start,
					start.plusDays(number(t, "lengthInDays") - 1L), number(t, "seats"),
					now.plus(Duration.ofDays(number(t, "deadlineInDays"))), text(t, "eligibility"),
					text(t, "questions"), number(t, "daysRequired"), trainer);
			Set<Organisation> partners = new LinkedHashSet<>();
			for (String name : strings(t, "partners")) {
				partners.add(organisation(name));
			}
			session.partnersAndDocuments(partners, (String) t.get("requiredDocuments"));
			sessions.save(session);
		}
	}

	private Organisation organisation(String name) {
		return members.organisationNamed(name)
			.orElseThrow(() -> new IllegalStateException("Unknown demo organisation " + name));
	}

	private static int number(Map<String, Object> map, String key) {
		return ((Number) map.get(key)).intValue();
	}

	private static String text(Map<String, Object> map, String key) {
		return String.valueOf(map.get(key));
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Map<String, Object> map, String key) {
		return (List<String>) map.getOrDefault(key, List.of());
	}
}
