package org.urbansdg.award;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Actor;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;

/**
 * The members' vote: one vote per member organisation and category, cast by one of its confirmed users during the
 * voting window, never for the organisation's own nomination. Totals stay hidden until the window closes.
 */
@Service
@Transactional(readOnly = true)
class MembersChoice {

	private final VoteRepository votes;

	private final NominationRepository nominations;

	private final AwardCycles cycles;

	private final AwardPermissions permissions;

	private final AwardTime time;

	MembersChoice(VoteRepository votes, NominationRepository nominations, AwardCycles cycles,
			AwardPermissions permissions, AwardTime time) {
		this.votes = votes;
		this.nominations = nominations;
		this.cycles = cycles;
		this.permissions = permissions;
		this.time = time;
	}

	@Transactional
	void vote(Actor actor, long nominationId) {
		if (!AwardPermissions.isVoter(actor)) {
			throw new DomainException("award.votersOnly");
		}
		Nomination n = nominations.findById(nominationId).orElseThrow(() -> new DomainException("award.unknownNomination"));
		if (!n.isEligible()) {
			throw new DomainException("award.unknownNomination");
		}
		cycles.get(n.getCycleId()).requireVotingOpen(time.now());
		if (!permissions.mayVote(actor)) {
			throw new DomainException("award.notInGoodStanding");
		}
		if (n.getOrganisationId() == actor.organisationId()) {
			throw new DomainException("award.ownNomination");
		}
		if (votes.findByCategoryIdAndOrganisationId(n.getCategoryId(), actor.organisationId()).isPresent()) {
			throw new DomainException("award.alreadyVoted");
		}
		try {
			votes.saveAndFlush(new Vote(n.getCycleId(), n.getCategoryId(), n.getId(), actor.organisationId(),
					actor.userId(), time.now()));
		}
		catch (DataIntegrityViolationException ex) {
			// Two colleagues voting at the same moment: the database keeps the first.
			throw new DomainException("award.alreadyVoted");
		}
	}

	/** The nomination the actor's organisation voted for in each category. */
	Map<Long, Long> votesOf(Actor actor, long cycleId) {
		Map<Long, Long> mine = new HashMap<>();
		if (!AwardPermissions.isVoter(actor)) {
			return mine;
		}
		votes.findByCycleId(cycleId).stream().filter(v -> v.getOrganisationId() == actor.organisationId())
			.forEach(v -> mine.put(v.getCategoryId(), v.getNominationId()));
		return mine;
	}

	/** Votes per nomination, or empty while the window is open (nobody sees running totals). */
	Optional<Map<Long, Long>> totals(long cycleId) {
		if (!cycles.get(cycleId).votingClosedAt(time.now())) {
			return Optional.empty();
		}
		Map<Long, Long> totals = new HashMap<>();
		votes.findByCycleId(cycleId).forEach(v -> totals.merge(v.getNominationId(), 1L, Long::sum));
		return Optional.of(totals);
	}

	boolean open(long cycleId) {
		return cycles.get(cycleId).votingOpenAt(time.now());
	}

	List<Vote> all(long cycleId) {
		if (!cycles.get(cycleId).votingClosedAt(time.now())) {
			throw new NotFoundException();
		}
		return votes.findByCycleId(cycleId);
	}
}
