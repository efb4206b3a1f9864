package org.urbansdg.cooperation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * The demo challenges from {@code demo/challenges.yml}, with their offers of help and suggested partners; dates are
 * counted from today, so they are open. Written directly (no e-mail goes out for demo offers). An organisation or account
 * the file names that does not exist fails start-up loudly.
 */
@Component
@Profile("demo")
@Order(45)
class DemoChallenges implements ApplicationRunner {

	private final ChallengeRepository challenges;

	private final ChallengeOfferRepository offers;

	private final ChallengeSuggestionRepository suggestions;

	private final Members members;

	private final Accounts accounts;

	private final DemoContent demo;

	private final Clock clock;

	DemoChallenges(ChallengeRepository challenges, ChallengeOfferRepository offers,
			ChallengeSuggestionRepository suggestions, Members members, Accounts accounts, DemoContent demo,
			Optional<Clock> clock) {
		this.challenges = challenges;
		this.offers = offers;
		this.suggestions = suggestions;
		this.members = members;
		this.accounts = accounts;
		this.demo = demo;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (challenges.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		long secretariat = user("secretariat@demo.urbansdg.org");
		for (Map<String, Object> c : demo.section("challenges")) {
			Challenge challenge = challenges.save(new Challenge(organisation(text(c, "organisation")),
					user(text(c, "postedBy")), text(c, "title"), text(c, "description"),
					new LinkedHashSet<>(strings(c, "targets")), new LinkedHashSet<>(strings(c, "themes")),
					today.plusDays(((Number) c.get("neededByInDays")).intValue()), clock.instant()));
			for (Map<String, Object> o : maps(c, "offers")) {
				offers.save(new ChallengeOffer(challenge.getId(), organisation(text(o, "organisation")),
						user(text(o, "offeredBy")), text(o, "note"), clock.instant()));
			}
			for (Map<String, Object> s : maps(c, "suggestions")) {
				suggestions.save(new ChallengeSuggestion(challenge.getId(), organisation(text(s, "organisation")),
						secretariat, (String) s.get("note"), clock.instant()));
			}
		}
	}

	private long user(String email) {
		return accounts.actor(email).map(Actor::userId)
			.orElseThrow(() -> new IllegalStateException("Unknown demo account " + email));
	}

	private Organisation organisation(String name) {
		return members.organisationNamed(name)
			.orElseThrow(() -> new IllegalStateException("Unknown demo organisation " + name));
	}

	private static String text(Map<String, Object> map, String key) {
		return String.valueOf(map.get(key));
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Map<String, Object> map, String key) {
		return (List<String>) map.getOrDefault(key, List.of());
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Map<String, Object> map, String key) {
		return (List<Map<String, Object>>) map.getOrDefault(key, List.of());
	}
}
