package org.urbansdg.award;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Actor;
import org.urbansdg.casestudy.CaseStudyRecognised;
import org.urbansdg.certificate.Certificate;
import org.urbansdg.certificate.Certificates;
import org.urbansdg.member.Members;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;

/**
 * Finalists, winners and publishing the results: a badge on each winning case (announced to casestudy as
 * {@link CaseStudyRecognised}), a certificate for each finalist and winner (through {@link Certificates}).
 */
@Service
@Transactional(readOnly = true)
class AwardResults {

	static final String SOURCE = "award-nomination";

	/** Places a category has only once. */
	private static final Set<Nomination.Outcome> SINGLE = EnumSet.of(Nomination.Outcome.FIRST,
			Nomination.Outcome.SECOND, Nomination.Outcome.THIRD, Nomination.Outcome.MEMBERS_CHOICE);

	private final NominationRepository nominations;

	private final AwardCycles cycles;

	private final Certificates certificates;

	private final Members members;

	private final DecisionLog log;

	private final AwardTime time;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	AwardResults(NominationRepository nominations, AwardCycles cycles, Certificates certificates, Members members,
			DecisionLog log, AwardTime time, MessageSource messages, ApplicationEventPublisher events) {
		this.nominations = nominations;
		this.cycles = cycles;
		this.certificates = certificates;
		this.members = members;
		this.log = log;
		this.time = time;
		this.messages = messages;
		this.events = events;
	}

	/**
	 * Picks a nomination's outcome once judging has closed: finalists first, then winners among the finalists; the
	 * members' choice goes to any eligible nomination once voting has closed. First, second, third and members'
	 * choice are given once per category.
	 */
	@Transactional
	void decide(Actor actor, long nominationId, Nomination.Outcome outcome) {
		AwardPermissions.requireSecretariat(actor);
		Nomination n = nominations.lockById(nominationId).orElseThrow(NotFoundException::new);
		AwardCycle cycle = cycles.get(n.getCycleId());
		cycle.requireDeliberation(time.now());
		if (outcome == Nomination.Outcome.MEMBERS_CHOICE && !cycle.votingClosedAt(time.now())) {
			throw new DomainException("award.votingNotClosed");
		}
		boolean winnerPlace = outcome.isWinner() && outcome != Nomination.Outcome.MEMBERS_CHOICE;
		if (winnerPlace && n.getOutcome() == Nomination.Outcome.NONE) {
			throw new DomainException("award.finalistsFirst");
		}
		if (SINGLE.contains(outcome) && nominations.findByCycleIdOrderByIdAsc(n.getCycleId()).stream()
			.anyMatch(o -> o.getCategoryId() == n.getCategoryId() && o.getOutcome() == outcome
					&& !o.getId().equals(n.getId()))) {
			throw new DomainException("award.placeTaken");
		}
		n.decide(outcome);
		log.record(actor, n.getCycleId(), n.getId(), Decision.Kind.OUTCOME, outcome.name());
	}

	/** Makes the results public, records the winners' badges and issues the certificates. */
	@Transactional
	void publish(Actor actor, long cycleId) {
		AwardPermissions.requireSecretariat(actor);
		AwardCycle cycle = cycles.get(cycleId);
		cycle.publishResults(time.now());
		LocalDate today = LocalDate.ofInstant(time.now(), cycle.zoned(time.now()).getZone());
		for (Nomination n : nominations.findByCycleIdOrderByIdAsc(cycleId)) {
			if (n.getOutcome() == Nomination.Outcome.NONE) {
				continue;
			}
			String label = label(cycle, n.getOutcome());
			if (n.getOutcome().isWinner()) {
				recognise(cycle, n, label);
			}
			String organisation = members.organisation(n.getOrganisationId()).map(o -> o.getName()).orElse("");
			certificates.issue(new Certificates.Issue(Certificate.Kind.AWARD, organisation, n.getNominatedBy(), label,
					n.getSnapshotTitle(), today, cycle.getName(), SOURCE, n.getId()));
		}
		log.record(actor, cycleId, null, Decision.Kind.RESULTS_PUBLISHED, null);
		events.publishEvent(new AwardResultsPublished(cycleId));
	}

	/**
	 * Announces a winner's badge; casestudy records it on the case once the results are committed. Recording the same
	 * label again replaces it, so a redelivered event does no harm.
	 */
	void recognise(AwardCycle cycle, Nomination winner, String label) {
		events.publishEvent(new CaseStudyRecognised(winner.getCaseId(), label, cycle.getYear(),
				"/awards/" + cycle.getId() + "/results"));
	}

	/** The label a badge and certificate carry, such as "SDG City Awards 2025: First prize" (in English: it is stored). */
	String label(AwardCycle cycle, Nomination.Outcome outcome) {
		return cycle.getName() + ": " + messages.getMessage("award.outcome." + outcome, null, Locale.ENGLISH);
	}

	/** The finalists and winners of a published cycle; nothing before publication. */
	List<Nomination> published(long cycleId) {
		AwardCycle cycle = cycles.get(cycleId);
		if (!cycle.isResultsPublished()) {
			throw new NotFoundException();
		}
		return nominations.findByCycleIdOrderByIdAsc(cycleId).stream()
			.filter(n -> n.getOutcome() != Nomination.Outcome.NONE)
			.sorted(java.util.Comparator.comparing((Nomination n) -> n.getOutcome() == Nomination.Outcome.FINALIST)
				.thenComparing(Nomination::getOutcome))
			.toList();
	}
}
