package org.urbansdg.cooperation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Affiliation;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.casestudy.PracticeTakenUp;
import org.urbansdg.member.City;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.sdg.SdgCatalogue;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;

/**
 * Cooperation requests from the asking to the outcome. Every method checks who acts ({@link CooperationPermissions})
 * before the request's own rules ({@link CooperationRequest}): someone who may not see a request gets
 * {@link NotFoundException} (404, so ids reveal nothing), a party who may not take the step gets
 * {@code cooperation.notAllowed}, and a step the status does not allow gets the entity's message. A refusal changes
 * nothing. Mail goes out after commit ({@link CooperationNotifications}); a replication or adaptation both
 * organisations agreed to publish is announced once as casestudy's {@link PracticeTakenUp}.
 */
@Service
@Transactional
public class Cooperations {

	private final CooperationRequestRepository requests;

	private final ChallengeRepository challenges;

	private final CaseStudies caseStudies;

	private final Members members;

	private final Accounts accounts;

	private final SdgCatalogue catalogue;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Cooperations(CooperationRequestRepository requests, ChallengeRepository challenges, CaseStudies caseStudies, Members members, Accounts accounts,
			SdgCatalogue catalogue, ApplicationEventPublisher events, Optional<Clock> clock) {
		this.requests = requests;
		this.challenges = challenges;
		this.caseStudies = caseStudies;
		this.members = members;
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * What a city asks for: the case, optionally the challenge it answers, the kinds of help, its aim and context, a
	 * preferred language and timeframe.
	 */
	record Ask(long caseStudyId, Long challengeId, Set<HelpKind> help, String aim, PopulationBand populationBand,
			BudgetBand budgetBand, String region, Set<String> targets, String constraints, String preferredLanguage,
			Timeframe timeframe) {
	}

	/**
	 * Why this actor's organisation may not ask about this case, or empty when it may.
	 * @throws NotFoundException when the id names no published case
	 */
	@Transactional(readOnly = true)
	Optional<String> refusal(Actor actor, long caseStudyId) {
		CaseStudies.Content content = publishedCase(caseStudyId);
		if (!CooperationPermissions.canAsk(actor)) {
			return Optional.of("cooperation.ask.noOrganisation");
		}
		// As for posting a challenge: only a member organisation in good standing asks.
		if (!members.organisation(actor.organisationId()).map(Organisation::isInGoodStanding).orElse(false)) {
			return Optional.of("cooperation.ask.notMember");
		}
		if (actor.actsFor(content.organisationId())) {
			return Optional.of("cooperation.ask.ownOrganisation");
		}
		if (requests.existsByCaseStudyIdAndRequestingOrganisationIdAndStatusIn(caseStudyId, actor.organisationId(),
				RequestStatus.OPEN)) {
			return Optional.of("cooperation.ask.alreadyOpen");
		}
		return Optional.empty();
	}

	/**
	 * Asks the case's organisation, for the actor's organisation.
	 * @throws NotFoundException for an unknown or unpublished case
	 * @throws DomainException {@code cooperation.ask.noOrganisation}, {@code cooperation.ask.ownOrganisation},
	 *         {@code cooperation.ask.notMember}, {@code cooperation.ask.alreadyOpen},
	 *         {@code cooperation.ask.targetUnknown}, {@code cooperation.ask.challengeUnknown} (no challenge of the
	 *         asker's organisation), {@code cooperation.ask.challengeClosed}, and the entity's checks
	 */
	public long ask(Actor actor, Ask ask) {
		Optional<String> refusal = refusal(actor, ask.caseStudyId());
		if (refusal.isPresent()) {
			throw new DomainException(refusal.get());
		}
		for (String code : ask.targets()) {
			if (catalogue.target(code).isEmpty()) {
				throw new DomainException("cooperation.ask.targetUnknown", code);
			}
		}
		if (ask.challengeId() != null) {
			// The id comes from the form: a request answers only an open challenge the asker's organisation posted.
			Challenge challenge = challenges.findById(ask.challengeId())
				.filter(c -> c.getOrganisation().getId().equals(actor.organisationId()))
				.orElseThrow(() -> new DomainException("cooperation.ask.challengeUnknown"));
			if (!challenge.isOpen()) {
				throw new DomainException("cooperation.ask.challengeClosed");
			}
		}
		CaseStudies.Content content = publishedCase(ask.caseStudyId());
		CooperationRequest request = new CooperationRequest(ask.caseStudyId(), content.organisationId(),
				actor.organisationId(), actor.userId(), ask.challengeId(), ask.help(), ask.aim(),
				new CooperationRequest.Context(ask.populationBand(), ask.budgetBand(), ask.region(), ask.targets(),
						ask.constraints()),
				ask.preferredLanguage(), ask.timeframe(), clock.instant());
		try {
			// Flushed here so that a request sent at the same moment from another tab meets the one-open-request
			// index now, as a message, rather than as a failed commit.
			requests.saveAndFlush(request);
		}
		catch (DataIntegrityViolationException ex) {
			throw new DomainException("cooperation.ask.alreadyOpen");
		}
		events.publishEvent(new CooperationRequested(request.getId()));
		return request.getId();
	}

	/**
	 * The owner's side accepts, optionally naming one of its confirmed users as the contact person.
	 * @throws DomainException {@code cooperation.accept.contactUnknown} for anyone else
	 */
	public void accept(Actor actor, long id, Long contactUserId) {
		CooperationRequest request = locked(actor, id);
		requireAllowed(CooperationPermissions.mayAnswer(actor, request));
		if (contactUserId != null && accounts.usersOf(request.getOwnerOrganisationId()).stream()
			.noneMatch(u -> u.id() == contactUserId && u.affiliation() == Affiliation.CONFIRMED && u.enabled())) {
			throw new DomainException("cooperation.accept.contactUnknown");
		}
		request.accept(actor.userId(), contactUserId, clock.instant());
		events.publishEvent(new CooperationAnswered(id, true));
	}

	public void decline(Actor actor, long id, String reason) {
		CooperationRequest request = locked(actor, id);
		requireAllowed(CooperationPermissions.mayAnswer(actor, request));
		request.decline(actor.userId(), reason, clock.instant());
		events.publishEvent(new CooperationAnswered(id, false));
	}

	public void withdraw(Actor actor, long id) {
		CooperationRequest request = locked(actor, id);
		requireAllowed(CooperationPermissions.mayWithdraw(actor, request));
		request.withdraw(clock.instant());
	}

	public void start(Actor actor, long id) {
		CooperationRequest request = locked(actor, id);
		requireAllowed(CooperationPermissions.mayRun(actor, request));
		request.start(clock.instant());
	}

	/** The outcome of a cooperation, and the requesting city's own case about it when there is one. */
	record Closing(Outcome outcome, String note, String figures, Long adaptedCaseStudyId) {
	}

	/**
	 * Records the outcome and closes the request.
	 * @throws DomainException {@code cooperation.close.adaptedCaseUnknown} when the adapted case is not one of the
	 *         requesting organisation's, and the entity's checks
	 */
	public void close(Actor actor, long id, Closing closing) {
		CooperationRequest request = locked(actor, id);
		requireAllowed(CooperationPermissions.mayRun(actor, request));
		if (closing.adaptedCaseStudyId() != null && !isCaseOf(closing.adaptedCaseStudyId(),
				request.getRequestingOrganisationId())) {
			throw new DomainException("cooperation.close.adaptedCaseUnknown");
		}
		request.close(closing.outcome(), closing.note(), closing.figures(), closing.adaptedCaseStudyId(),
				clock.instant());
		announceIfTakenUp(request);
	}

	/**
	 * The actor's organisation agrees that the outcome may be published (both sides, for someone who edits for both:
	 * impossible, an organisation cannot ask itself). Once both agreed, a replication or adaptation is announced.
	 */
	public void agreeToPublish(Actor actor, long id) {
		CooperationRequest request = locked(actor, id);
		boolean owner = CooperationPermissions.mayAgreeForOwner(actor, request);
		requireAllowed(owner || CooperationPermissions.mayAgreeForRequester(actor, request));
		request.agreeToPublish(owner, clock.instant());
		announceIfTakenUp(request);
	}

	private void announceIfTakenUp(CooperationRequest request) {
		if (!request.isTakenUpToAnnounce()) {
			return;
		}
		Organisation taker = members.organisation(request.getRequestingOrganisationId()).orElseThrow();
		City city = taker.getCity();
		events.publishEvent(new PracticeTakenUp(request.getCaseStudyId(), request.getId(), taker.getId(),
				taker.getName(), city == null ? null : city.getId(), city == null ? null : city.getName(),
				taker.getCountryCode(), request.getOutcome().uptake(), request.getAdaptedCaseStudyId(),
				LocalDate.ofInstant(request.getClosedAt(), ZoneOffset.UTC)));
		request.takenUpAnnounced(clock.instant());
	}

	/** The request, if the actor may see it. */
	@Transactional(readOnly = true)
	public CooperationRequest get(Actor actor, long id) {
		return requests.findById(id).filter(r -> CooperationPermissions.canSee(actor, r)).map(Cooperations::loaded)
			.orElseThrow(NotFoundException::new);
	}

	/** With its sets read, for pages rendered after the transaction. */
	private static CooperationRequest loaded(CooperationRequest request) {
		org.hibernate.Hibernate.initialize(request.getHelp());
		org.hibernate.Hibernate.initialize(request.getTargets());
		return request;
	}

	/** The requests the actor's organisation made, newest first (none without an organisation). */
	@Transactional(readOnly = true)
	public List<CooperationRequest> made(Actor actor) {
		return actor == null || actor.organisationId() == null ? List.of()
				: requests.findByRequestingOrganisationIdOrderByRequestedAtDesc(actor.organisationId()).stream()
					.map(Cooperations::loaded).toList();
	}

	/** The requests the actor's organisation received, newest first. */
	@Transactional(readOnly = true)
	public List<CooperationRequest> received(Actor actor) {
		return actor == null || actor.organisationId() == null ? List.of()
				: requests.findByOwnerOrganisationIdOrderByRequestedAtDesc(actor.organisationId()).stream()
					.map(Cooperations::loaded).toList();
	}

	private CooperationRequest locked(Actor actor, long id) {
		return requests.lockById(id).filter(r -> CooperationPermissions.canSee(actor, r))
			.orElseThrow(NotFoundException::new);
	}

	private static void requireAllowed(boolean allowed) {
		if (!allowed) {
			throw new DomainException("cooperation.notAllowed");
		}
	}

	private CaseStudies.Content publishedCase(long id) {
		return caseStudies.publishedContent(id).orElseThrow(NotFoundException::new);
	}

	private boolean isCaseOf(long caseStudyId, long organisationId) {
		return caseStudies.publishedContent(caseStudyId).or(() -> caseStudies.unpublishedContent(caseStudyId))
			.filter(c -> c.organisationId() == organisationId)
			.isPresent();
	}
}
