package org.urbansdg.cooperation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Actor;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;

/**
 * The secretariat's view of every request: filtered by status, country (of either organisation), goal (of the
 * targets the requesting city named) and age, paged, with the requests still unanswered after
 * {@link CooperationSettings#answerWithin()} marked overdue; and the partners it suggests for a request. Only the
 * secretariat: anyone else is told the pipeline does not exist (the URL rule answers 403 first).
 */
@Service
@Transactional(readOnly = true)
class Pipeline {

	static final int PAGE_SIZE = 25;

	/** The ages the filter offers, in days: "asked more than N days ago". */
	static final List<Integer> AGES = List.of(7, 14, 30, 90, 180, 365);

	private final EntityManager entities;

	private final PipelineSuggestionRepository suggestions;

	private final CooperationRequestRepository requests;

	private final Members members;

	private final CaseTitles caseTitles;

	private final ApplicationEventPublisher events;

	private final CooperationSettings settings;

	private final Clock clock;

	Pipeline(EntityManager entities, PipelineSuggestionRepository suggestions, CooperationRequestRepository requests,
			Members members, CaseTitles caseTitles, ApplicationEventPublisher events, CooperationSettings settings,
			Optional<Clock> clock) {
		this.entities = entities;
		this.suggestions = suggestions;
		this.requests = requests;
		this.members = members;
		this.caseTitles = caseTitles;
		this.events = events;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** What the secretariat filters by; {@code null} for "any". */
	record Filter(RequestStatus status, String country, Integer goal, Integer olderThanDays) {

		static final Filter ANY = new Filter(null, null, null, null);
	}

	/**
	 * One request as the pipeline shows it: names and public facts only, never the aim, constraints, reasons, notes
	 * or messages the cities wrote.
	 */
	record Row(long id, long caseStudyId, String caseTitle, String owner, String ownerCountry, String requester,
			String requesterCountry, RequestStatus status, Instant requestedAt, Instant answeredAt, long ageDays,
			boolean overdue, Outcome outcome, boolean outcomePublic, Set<HelpKind> help, Set<String> targets) {
	}

	/** One page of rows; {@code number} counts from 0. Public methods: the template calls them. */
	record Page(List<Row> rows, int number, int totalPages, long total) {

		public boolean hasPrevious() {
			return number > 0;
		}

		public boolean hasNext() {
			return number + 1 < totalPages;
		}
	}

	/** One page (from 0) of the requests that pass the filter, oldest open ones first within each status, newest first. */
	Page page(Actor actor, Filter filter, int page) {
		requireSecretariat(actor);
		Map<String, Object> parameters = new HashMap<>();
		String where = where(filter, parameters);
		TypedQuery<Long> count = entities.createQuery("select count(distinct r) from CooperationRequest r" + where,
				Long.class);
		parameters.forEach(count::setParameter);
		long total = count.getSingleResult();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.min(Math.max(page, 0), pages - 1);
		List<CooperationRequest> found = query(where, parameters).setFirstResult(number * PAGE_SIZE)
			.setMaxResults(PAGE_SIZE).getResultList();
		return new Page(rows(found), number, pages, total);
	}

	/** Every request that passes the filter, for the CSV. */
	List<Row> all(Actor actor, Filter filter) {
		requireSecretariat(actor);
		Map<String, Object> parameters = new HashMap<>();
		return rows(query(where(filter, parameters), parameters).getResultList());
	}

	private TypedQuery<CooperationRequest> query(String where, Map<String, Object> parameters) {
		// Element collections fetched here so the rows need no second query per request.
		TypedQuery<CooperationRequest> query = entities.createQuery(
				"select r from CooperationRequest r where r.id in (select r.id from CooperationRequest r" + where
						+ ") order by r.requestedAt desc, r.id desc",
				CooperationRequest.class);
		parameters.forEach(query::setParameter);
		return query;
	}

	/** The filter as JPQL conditions; every value a bound parameter. */
	private String where(Filter filter, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (filter.status() != null) {
			where.append(" and r.status = :status");
			parameters.put("status", filter.status());
		}
		if (filter.olderThanDays() != null) {
			where.append(" and r.requestedAt <= :before");
			parameters.put("before", clock.instant().minus(Duration.ofDays(filter.olderThanDays())));
		}
		if (filter.country() != null) {
			Set<Long> inCountry = members.organisations().stream()
				.filter(o -> filter.country().equalsIgnoreCase(o.getCountryCode()))
				.map(Organisation::getId)
				.collect(Collectors.toSet());
			inCountry.add(-1L);
			where.append(" and (r.ownerOrganisationId in :inCountry or r.requestingOrganisationId in :inCountry)");
			parameters.put("inCountry", inCountry);
		}
		if (filter.goal() != null) {
			where.append(" and exists (select 1 from CooperationRequest g join g.targets t"
					+ " where g.id = r.id and t like :goal)");
			parameters.put("goal", filter.goal() + ".%");
		}
		return where.toString();
	}

	private List<Row> rows(List<CooperationRequest> found) {
		Map<Long, Organisation> organisations = members.organisations().stream()
			.collect(Collectors.toMap(Organisation::getId, o -> o, (a, b) -> a));
		Map<Long, String> titles = caseTitles.of(found.stream().map(CooperationRequest::getCaseStudyId).toList());
		Instant now = clock.instant();
		return found.stream().map(r -> {
			Organisation owner = organisations.get(r.getOwnerOrganisationId());
			Organisation requester = organisations.get(r.getRequestingOrganisationId());
			String title = titles.get(r.getCaseStudyId());
			return new Row(r.getId(), r.getCaseStudyId(), title, name(owner), country(owner), name(requester),
					country(requester), r.getStatus(), r.getRequestedAt(), r.getAnsweredAt(),
					Duration.between(r.getRequestedAt(), now).toDays(), isOverdue(r, now), r.getOutcome(),
					r.isPublic(), Set.copyOf(r.getHelp()), Set.copyOf(r.getTargets()));
		}).toList();
	}

	/** Still waiting for the owner's answer after the allowed time. */
	boolean isOverdue(CooperationRequest request, Instant now) {
		return request.getStatus() == RequestStatus.REQUESTED
				&& !request.getRequestedAt().plus(settings.answerWithin()).isAfter(now);
	}

	/** The days a request may wait for an answer, for the page's explanation. */
	long answerWithinDays() {
		return settings.answerWithin().toDays();
	}

	/** The request a suggestion is for, for the secretariat's form. */
	Row row(Actor actor, long requestId) {
		requireSecretariat(actor);
		return rows(List.of(requests.findById(requestId).orElseThrow(NotFoundException::new))).get(0);
	}

	/**
	 * Suggests a partner organisation for a request; the requesting side is told by e-mail after commit.
	 * Only while the request is open (a suggestion for a declined, withdrawn or closed one helps nobody) and once per
	 * organisation and request (each suggestion is mailed).
	 * @throws DomainException {@code pipeline.suggest.notOpen}, {@code pipeline.suggest.organisationUnknown},
	 * {@code pipeline.suggest.alreadySuggested}, and the suggestion's own checks
	 */
	@Transactional
	long suggest(Actor actor, long requestId, long organisationId, String note) {
		requireSecretariat(actor);
		CooperationRequest request = requests.findById(requestId).orElseThrow(NotFoundException::new);
		if (!request.getStatus().isOpen()) {
			throw new DomainException("pipeline.suggest.notOpen");
		}
		if (members.organisation(organisationId).isEmpty()) {
			throw new DomainException("pipeline.suggest.organisationUnknown");
		}
		if (suggestions.existsByRequestIdAndOrganisationId(requestId, organisationId)) {
			throw new DomainException("pipeline.suggest.alreadySuggested");
		}
		PipelineSuggestion suggestion = suggestions.save(new PipelineSuggestion(request, organisationId, note,
				actor.userId(), clock.instant()));
		events.publishEvent(new PartnerSuggested(suggestion.getId()));
		return suggestion.getId();
	}

	private static void requireSecretariat(Actor actor) {
		if (actor == null || !actor.isSecretariat()) {
			throw new NotFoundException();
		}
	}

	private static String name(Organisation organisation) {
		return organisation == null ? "" : organisation.getName();
	}

	private static String country(Organisation organisation) {
		return organisation == null || organisation.getCountryCode() == null ? "" : organisation.getCountryCode();
	}
}
