package org.urbansdg.award;

import org.springframework.stereotype.Component;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Role;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;

/**
 * Who may do what in the awards: manage a cycle, nominate, judge, vote, see a nomination and read its evidence. The
 * services enforce these; controllers ask them only to decide what a page offers. {@code actor} is {@code null} for
 * visitors. The rules that look only at the actor are static, so that {@link AwardCycles}, which the others here
 * build on, can check them without depending on this bean.
 */
@Component
class AwardPermissions {

	private final JudgeAssignmentRepository assignments;

	private final ConflictsOfInterest conflicts;

	private final AwardCycleRepository cycles;

	private final Members members;

	private final AwardTime time;

	AwardPermissions(JudgeAssignmentRepository assignments, ConflictsOfInterest conflicts, AwardCycleRepository cycles,
			Members members, AwardTime time) {
		this.assignments = assignments;
		this.conflicts = conflicts;
		this.cycles = cycles;
		this.members = members;
		this.time = time;
	}

	/** Only the secretariat manages cycles: creates and reschedules them, screens, assigns judges, ranks, decides. */
	static void requireSecretariat(Actor actor) {
		if (actor == null || !actor.isSecretariat()) {
			throw new DomainException("award.notAllowed");
		}
	}

	/** Editors and focal points confirmed for an organisation nominate (its own cases, {@link #mayNominateCaseOf}). */
	static boolean mayNominate(Actor actor) {
		return actor != null && actor.organisationId() != null
				&& (actor.has(Role.EDITOR) || actor.has(Role.FOCAL_POINT));
	}

	static boolean mayNominateCaseOf(Actor actor, long organisationId) {
		return actor.editsFor(organisationId);
	}

	static boolean isJudge(Actor actor) {
		return actor != null && actor.has(Role.JUDGE);
	}

	static void requireJudge(Actor actor) {
		if (!isJudge(actor)) {
			throw new DomainException("award.judgesOnly");
		}
	}

	/** Whether the judge is assigned to the nomination's category (conflicts aside). */
	boolean isAssigned(Actor judge, Nomination n) {
		return assignments.existsByCategoryIdAndUserId(n.getCategoryId(), judge.userId());
	}

	/** A judge of the nomination's category who is not conflicted with it. */
	boolean judges(Actor actor, Nomination n) {
		return isJudge(actor) && isAssigned(actor, n) && conflicts.of(actor.userId(), n).isEmpty();
	}

	/** Users confirmed for an organisation are offered the vote; {@link #mayVote} says whether it counts. */
	static boolean isVoter(Actor actor) {
		return actor != null && actor.organisationId() != null;
	}

	/**
	 * Whether the user may take part in the members' vote: confirmed for a member organisation in good standing (the
	 * window and the nomination are checked when voting).
	 */
	boolean mayVote(Actor actor) {
		return isVoter(actor)
				&& members.organisation(actor.organisationId()).map(Organisation::isInGoodStanding).orElse(false);
	}

	/** The nominee's own people and the secretariat, who see how screening went. */
	static boolean isNomineeOrSecretariat(Actor actor, Nomination n) {
		return actor != null && (actor.isSecretariat() || actor.actsFor(n.getOrganisationId()));
	}

	/**
	 * A nomination's page is seen by the secretariat, by its own organisation, by judges assigned to its category who
	 * are not conflicted with it, and (once eligible and voting has opened) by every signed-in user.
	 */
	boolean maySee(Actor actor, Nomination n) {
		return actor != null && (isNomineeOrSecretariat(actor, n) || judges(actor, n) || votingHasOpened(n));
	}

	/**
	 * Evidence files are read by the secretariat, the nominee organisation's editors and focal points, judges assigned
	 * to the category who are not conflicted with the nomination, and (once it is eligible and voting has opened) by
	 * users who may vote ({@link #mayVote}): not by every signed-in account.
	 */
	boolean mayReadEvidence(Actor actor, Nomination n) {
		return actor != null && (actor.isSecretariat() || actor.editsFor(n.getOrganisationId()) || judges(actor, n)
				|| votingHasOpened(n) && mayVote(actor));
	}

	private boolean votingHasOpened(Nomination n) {
		return n.isEligible() && !time.now()
			.isBefore(cycles.findById(n.getCycleId()).orElseThrow(NotFoundException::new).getVotingOpen());
	}
}
