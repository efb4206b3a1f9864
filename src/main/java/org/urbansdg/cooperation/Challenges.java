package org.urbansdg.cooperation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Actor;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;

/**
 * Cities' challenges: posting, reading (public), offers of help from other organisations, the secretariat's
 * suggested partners, closing as solved, and the daily expiry. Every action checks {@link ChallengePermissions}.
 */
@Service
class Challenges {

	static final int PAGE_SIZE = 20;

	static final int MAX_NOTE = 2000;

	static final int MAX_SUGGESTION_NOTE = 1000;

	/** What the list filters by; {@code null} means any. */
	record Filter(Integer goal, String country, Challenge.Status status) {

		String goalPrefix() {
			return goal == null ? "" : goal + ".%";
		}
	}

	/** What a checked form gives. */
	record Details(String title, String description, Set<String> targets, Set<String> themes, LocalDate neededBy) {
	}

	private final ChallengeRepository challenges;

	private final ChallengeOfferRepository offers;

	private final ChallengeSuggestionRepository suggestions;

	private final Members members;

	private final ApplicationEventPublisher events;

	private final ChallengeSettings settings;

	private final Clock clock;

	Challenges(ChallengeRepository challenges, ChallengeOfferRepository offers,
			ChallengeSuggestionRepository suggestions, Members members, ApplicationEventPublisher events,
			ChallengeSettings settings, Optional<Clock> clock) {
		this.challenges = challenges;
		this.offers = offers;
		this.suggestions = suggestions;
		this.members = members;
		this.events = events;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	@Transactional(readOnly = true)
	Page<Challenge> list(Filter filter, int page) {
		Set<Challenge.Status> statuses = filter.status() == null ? EnumSet.allOf(Challenge.Status.class)
				: EnumSet.of(filter.status());
		String country = filter.country() == null ? "" : filter.country();
		Page<Challenge> result = challenges.list(statuses, country, filter.goalPrefix(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		result.forEach(Challenge::loaded);
		return result;
	}

	@Transactional(readOnly = true)
	List<String> countries() {
		return challenges.countries();
	}

	/** A challenge with what its page shows; anyone may read it. */
	@Transactional(readOnly = true)
	Challenge get(long id) {
		return challenges.findById(id).map(Challenge::loaded).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	List<ChallengeOffer> offers(long challengeId) {
		List<ChallengeOffer> list = offers.findByChallenge(challengeId);
		list.forEach(o -> o.getOrganisation().getName());
		return list;
	}

	@Transactional(readOnly = true)
	List<ChallengeSuggestion> suggestions(long challengeId) {
		List<ChallengeSuggestion> list = suggestions.findByChallenge(challengeId);
		list.forEach(s -> s.getOrganisation().getName());
		return list;
	}

	@Transactional(readOnly = true)
	boolean hasOffered(Actor actor, long challengeId) {
		return actor != null && actor.organisationId() != null
				&& offers.existsByChallengeIdAndOrganisationId(challengeId, actor.organisationId());
	}

	/** The organisation a new challenge would be posted for, as the form shows its context. */
	@Transactional(readOnly = true)
	Organisation posterOrganisation(Actor actor) {
		ChallengePermissions.requirePoster(actor);
		Organisation organisation = members.organisation(actor.organisationId()).orElseThrow(NotFoundException::new);
		if (!organisation.isInGoodStanding()) {
			throw new DomainException("challenge.notMember");
		}
		if (organisation.getCity() != null) {
			organisation.getCity().getName();
		}
		return organisation;
	}

	/** Posts a challenge for the actor's organisation; the form was checked ({@link ChallengeForm#check}). */
	@Transactional
	long post(Actor actor, Details details) {
		Organisation organisation = posterOrganisation(actor);
		if (details.neededBy().isBefore(today())) {
			throw new DomainException("challenge.neededBy.past");
		}
		return challenges.save(new Challenge(organisation, actor.userId(), details.title(), details.description(),
				details.targets(), details.themes(), details.neededBy(), clock.instant())).getId();
	}

	/** The owner's editors and focal points mark it solved; anyone else is refused (403). */
	@Transactional
	void solve(Actor actor, long id) {
		// Locked (as the expiry locks): one that expires meanwhile is refused as closed, not an optimistic-lock 500.
		Challenge challenge = challenges.lockById(id).orElseThrow(NotFoundException::new);
		ChallengePermissions.requireManager(actor, challenge);
		challenge.solve(clock.instant());
	}

	/**
	 * Records another organisation's offer of help and tells the owner. Refused with a message (changing nothing)
	 * for a closed challenge, the owner's own organisation, an actor without an organisation, a second offer from
	 * the same organisation, and a note that is empty or too long.
	 */
	@Transactional
	void offer(Actor actor, long id, String note) {
		Challenge challenge = challenges.findById(id).orElseThrow(NotFoundException::new);
		if (!ChallengePermissions.mayOffer(actor, challenge)) {
			// Why not, most specific first.
			challenge.requireOpen();
			throw new DomainException(actor == null || actor.organisationId() == null ? "challenge.offer.noOrganisation"
					: "challenge.offer.own");
		}
		if (note == null || note.isBlank()) {
			throw new DomainException("challenge.offer.noteRequired");
		}
		if (note.strip().length() > MAX_NOTE) {
			throw new DomainException("challenge.offer.noteTooLong", MAX_NOTE);
		}
		if (offers.existsByChallengeIdAndOrganisationId(id, actor.organisationId())) {
			throw new DomainException("challenge.offer.twice");
		}
		Organisation organisation = members.organisation(actor.organisationId()).orElseThrow(NotFoundException::new);
		ChallengeOffer offer;
		try {
			offer = offers.saveAndFlush(new ChallengeOffer(id, organisation, actor.userId(), note, clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// Two offers sent at once: the unique constraint keeps one.
			throw new DomainException("challenge.offer.twice");
		}
		events.publishEvent(new ChallengeOffered(id, challenge.getTitle(), challenge.getOrganisation().getId(),
				organisation.getName(), actor.displayName(), offer.getNote()));
	}

	/** The secretariat suggests a partner organisation (not the owner, once each) and the owner is told. */
	@Transactional
	void suggest(Actor actor, long id, Long organisationId, String note) {
		if (!ChallengePermissions.maySuggest(actor)) {
			throw new org.springframework.security.access.AccessDeniedException("not the secretariat");
		}
		Challenge challenge = challenges.findById(id).orElseThrow(NotFoundException::new);
		challenge.requireOpen();
		Organisation partner = organisationId == null ? null : members.organisation(organisationId).orElse(null);
		if (partner == null) {
			throw new DomainException("challenge.suggest.unknown");
		}
		if (partner.getId().equals(challenge.getOrganisation().getId())) {
			throw new DomainException("challenge.suggest.own");
		}
		if (note != null && note.strip().length() > MAX_SUGGESTION_NOTE) {
			throw new DomainException("challenge.suggest.noteTooLong", MAX_SUGGESTION_NOTE);
		}
		if (suggestions.existsByChallengeIdAndOrganisationId(id, partner.getId())) {
			throw new DomainException("challenge.suggest.twice");
		}
		ChallengeSuggestion suggestion;
		try {
			suggestion = suggestions.saveAndFlush(new ChallengeSuggestion(id, partner, actor.userId(), note,
					clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			// The same partner suggested twice at once: challenge_suggestion_once keeps one.
			throw new DomainException("challenge.suggest.twice");
		}
		events.publishEvent(new ChallengePartnerSuggested(id, challenge.getTitle(),
				challenge.getOrganisation().getId(), partner.getName(), suggestion.getNote()));
	}

	/**
	 * Expires the open challenges whose date plus the grace days has passed; returns how many. Run daily by
	 * {@link CooperationJobs} through this bean's proxy, so the changes are one transaction and a second run (or
	 * another node) finds nothing left to do.
	 */
	@Transactional
	int expireOverdue() {
		LocalDate today = today();
		int expired = 0;
		for (Challenge c : challenges.findByStatusAndNeededByBefore(Challenge.Status.OPEN,
				today.minusDays(settings.graceDays()))) {
			if (c.expireIfDue(today, settings.graceDays())) {
				expired++;
			}
		}
		return expired;
	}
}
