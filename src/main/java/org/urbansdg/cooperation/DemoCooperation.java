package org.urbansdg.cooperation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Role;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DemoContent;

/**
 * The demo cooperation requests from {@code demo/cooperation.yml}, loaded once into an empty table, at every stage
 * with their dates counted back from today. Each goes through the request's own steps (so a mistake in the file fails
 * start-up loudly, as an illegal step); the last consent of a published replication goes through
 * {@link Cooperations#agreeToPublish}, which announces it to casestudy as it would for real users. Reminders already
 * due (an unanswered request's overdue reminder, the six- and twelve-month ones) are marked as sent, so the first job
 * run does not mail about old demo requests.
 * <p>
 * Thread messages and milestones are dated in the past, so they are made through the entities' own constructors
 * (their checks still hold: no empty or overlong text, no milestone before the request or after it closed) rather than
 * {@link CooperationThreads} and {@link CooperationMilestones}, which stamp today and mail the parties. Their authors
 * must act for one of the two organisations, and the parties have read their old threads.
 */
@Component
@Profile("demo")
@Order(50)
class DemoCooperation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCooperation.class);

	private final CooperationRequestRepository requests;

	private final Cooperations cooperations;

	private final CooperationMessageRepository messages;

	private final CooperationMilestoneRepository milestones;

	private final ThreadReadRepository reads;

	private final CaseStudies caseStudies;

	private final Members members;

	private final Accounts accounts;

	private final DemoContent demo;

	private final CooperationSettings settings;

	DemoCooperation(CooperationRequestRepository requests, Cooperations cooperations,
			CooperationMessageRepository messages, CooperationMilestoneRepository milestones,
			ThreadReadRepository reads, CaseStudies caseStudies, Members members, Accounts accounts,
			DemoContent demo, CooperationSettings settings) {
		this.settings = settings;
		this.requests = requests;
		this.cooperations = cooperations;
		this.messages = messages;
		this.milestones = milestones;
		this.reads = reads;
		this.caseStudies = caseStudies;
		this.members = members;
		this.accounts = accounts;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (requests.count() > 0) {
			return;
		}
		for (Map<String, Object> a : demo.section("cooperationAccounts")) {
			String email = text(a, "email");
			if (!accounts.exists(email)) {
				accounts.createConfirmed(email, text(a, "name"), demo.password(),
						organisation(text(a, "organisation")).getId(), List.of(Role.EDITOR));
			}
		}
		Instant now = Instant.now();
		int loaded = 0;
		for (Map<String, Object> r : demo.section("cooperationRequests")) {
			load(r, now);
			loaded++;
		}
		log.info("Demo cooperation: {} requests loaded", loaded);
	}

	private void load(Map<String, Object> r, Instant now) {
		long caseId = publishedCase(text(r, "case"));
		long owner = caseStudies.publishedContent(caseId).orElseThrow().organisationId();
		Actor asker = actor(text(r, "askedBy"));
		Organisation from = organisation(text(r, "from"));
		if (!asker.actsFor(from.getId())) {
			throw new IllegalStateException(asker.email() + " does not act for " + from.getName());
		}
		Set<HelpKind> help = EnumSet.noneOf(HelpKind.class);
		strings(r, "help").forEach(h -> help.add(HelpKind.valueOf(h)));
		CooperationRequest request = new CooperationRequest(caseId, owner, from.getId(), asker.userId(), null, help,
				text(r, "aim"),
				new CooperationRequest.Context(PopulationBand.valueOf(text(r, "population")),
						BudgetBand.valueOf(text(r, "budget")), optional(r, "region"),
						new LinkedHashSet<>(strings(r, "targets")), optional(r, "constraints")),
				text(r, "language"), Timeframe.valueOf(text(r, "timeframe")), ago(now, r, "askedDaysAgo"));
		if (r.containsKey("withdrawnDaysAgo")) {
			request.withdraw(ago(now, r, "withdrawnDaysAgo"));
		}
		if (r.containsKey("answeredDaysAgo")) {
			long by = actor(text(r, "answeredBy")).userId();
			Instant answered = ago(now, r, "answeredDaysAgo");
			if (r.containsKey("declined")) {
				request.decline(by, text(r, "declined"), answered);
			}
			else {
				Long contact = r.containsKey("contact") ? actor(text(r, "contact")).userId() : null;
				request.accept(by, contact, answered);
			}
		}
		if (request.getStatus() == RequestStatus.REQUESTED
				&& !request.getRequestedAt().plus(settings.answerWithin()).isAfter(now)) {
			// Overdue already: as if the job had just reminded the owners.
			request.overdueReminded(now);
		}
		if (r.containsKey("startedDaysAgo")) {
			request.start(ago(now, r, "startedDaysAgo"));
		}
		boolean published = Boolean.TRUE.equals(r.get("published"));
		if (r.containsKey("closedDaysAgo")) {
			Instant closed = ago(now, r, "closedDaysAgo");
			Long adapted = r.containsKey("adaptedCase") ? publishedCase(text(r, "adaptedCase")) : null;
			request.close(Outcome.valueOf(text(r, "outcome")), optional(r, "note"), optional(r, "figures"), adapted,
					closed);
			remindedAsDue(request, closed, now);
			if (published) {
				request.agreeToPublish(true, closed.plus(Duration.ofDays(2)));
			}
		}
		requests.saveAndFlush(request);
		thread(request, r, now);
		if (published) {
			// The requester's consent through the service, which announces the practice taken up.
			cooperations.agreeToPublish(asker, request.getId());
		}
	}

	/** The request's messages and milestones, between the day it was asked and the day it closed (or today). */
	private void thread(CooperationRequest request, Map<String, Object> r, Instant now) {
		Instant from = request.getRequestedAt();
		Instant until = r.containsKey("closedDaysAgo") ? ago(now, r, "closedDaysAgo") : now;
		Map<Long, Instant> authors = new LinkedHashMap<>();
		Long last = null;
		for (Map<String, Object> m : maps(r, "messages")) {
			Actor author = party(request, text(m, "by"));
			Instant at = within(ago(now, m, "daysAgo"), from, until, m);
			last = messages.save(new CooperationMessage(request.getId(), author.userId(), author.organisationId(),
					text(m, "text"), at)).getId();
			authors.put(author.userId(), at);
		}
		for (Map.Entry<Long, Instant> author : authors.entrySet()) {
			reads.markRead(request.getId(), author.getKey(), last, author.getValue());
		}
		List<Map<String, Object>> steps = maps(r, "milestones");
		if (!steps.isEmpty() && !EnumSet.of(RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS, RequestStatus.CLOSED)
			.contains(request.getStatus())) {
			throw new IllegalStateException("Demo milestones on a request never accepted: " + r);
		}
		for (Map<String, Object> m : steps) {
			Actor by = party(request, text(m, "by"));
			Instant at = ago(now, m, "daysAgo");
			milestones.save(new CooperationMilestone(request.getId(), MilestoneKind.valueOf(text(m, "kind")),
					at.atOffset(ZoneOffset.UTC).toLocalDate(), optional(m, "note"),
					from.atOffset(ZoneOffset.UTC).toLocalDate(), until.atOffset(ZoneOffset.UTC).toLocalDate(),
					by.userId(), at));
		}
	}

	private Actor party(CooperationRequest request, String email) {
		Actor actor = actor(email);
		if (!CooperationPermissions.isParty(actor, request)) {
			throw new IllegalStateException(email + " is not a party to demo request " + request.getId());
		}
		return actor;
	}

	private static Instant within(Instant at, Instant from, Instant until, Map<String, Object> map) {
		if (at.isBefore(from) || at.isAfter(until)) {
			throw new IllegalStateException("Demo message outside its request's time: " + map);
		}
		return at;
	}

	/** Marks the six- and twelve-month reminders that are already due, as if the job had sent them. */
	private static void remindedAsDue(CooperationRequest request, Instant closed, Instant now) {
		java.time.ZonedDateTime at = now.atZone(java.time.ZoneOffset.UTC);
		if (!closed.isAfter(at.minusMonths(6).toInstant())) {
			request.remindedAfterSixMonths(closed.plus(Duration.ofDays(183)));
		}
		if (!closed.isAfter(at.minusMonths(12).toInstant())) {
			request.remindedAfterTwelveMonths(closed.plus(Duration.ofDays(366)));
		}
	}

	private long publishedCase(String title) {
		return caseStudies.publishedIdByTitle(title)
			.orElseThrow(() -> new IllegalStateException("Unknown demo case " + title));
	}

	private Organisation organisation(String name) {
		return members.organisationNamed(name)
			.orElseThrow(() -> new IllegalStateException("Unknown demo organisation " + name));
	}

	private Actor actor(String email) {
		return accounts.actor(email).orElseThrow(() -> new IllegalStateException("Unknown demo account " + email));
	}

	private static Instant ago(Instant now, Map<String, Object> map, String key) {
		return now.minus(Duration.ofDays(((Number) map.get(key)).longValue()));
	}

	private static String text(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (value == null) {
			throw new IllegalStateException("Demo cooperation request without " + key + ": " + map);
		}
		return String.valueOf(value);
	}

	private static String optional(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return value == null ? null : String.valueOf(value);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Map<String, Object> map, String key) {
		return (List<Map<String, Object>>) map.getOrDefault(key, List.of());
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Map<String, Object> map, String key) {
		return (List<String>) map.getOrDefault(key, List.of());
	}
}
