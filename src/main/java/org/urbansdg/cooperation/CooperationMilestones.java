package org.urbansdg.cooperation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;

/**
 * The dated milestones of the work on a request, recorded by members of either organisation while it is accepted or
 * in progress. "Today" and "the day of the request" are counted generously across time zones (the latest and the
 * earliest zone), so that a city ahead of or behind UTC can record what happened on its own today.
 */
@Service
@Transactional
public class CooperationMilestones {

	/** The furthest ahead of and behind UTC that a local date can be. */
	private static final ZoneOffset FURTHEST_AHEAD = ZoneOffset.ofHours(14);

	private static final ZoneOffset FURTHEST_BEHIND = ZoneOffset.ofHours(-12);

	private final CooperationRequestRepository requests;

	private final CooperationMilestoneRepository milestones;

	private final Accounts accounts;

	private final Clock clock;

	CooperationMilestones(CooperationRequestRepository requests, CooperationMilestoneRepository milestones,
			Accounts accounts, Optional<Clock> clock) {
		this.requests = requests;
		this.milestones = milestones;
		this.accounts = accounts;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Records a milestone.
	 * @return its id
	 * @throws NotFoundException when the actor may not see the request
	 * @throws DomainException {@code cooperation.notAllowed} for the secretariat, {@code milestone.notRunning} unless
	 *         accepted or in progress, and the checks of {@link CooperationMilestone}
	 */
	public long record(Actor actor, long requestId, MilestoneKind kind, LocalDate happenedOn, String note) {
		CooperationRequest request = requests.lockById(requestId)
			.filter(r -> CooperationPermissions.canSee(actor, r))
			.orElseThrow(NotFoundException::new);
		if (!ThreadPermissions.mayRecordMilestone(actor, request)) {
			throw new DomainException("cooperation.notAllowed");
		}
		if (request.getStatus() != RequestStatus.ACCEPTED && request.getStatus() != RequestStatus.IN_PROGRESS) {
			throw new DomainException("milestone.notRunning");
		}
		LocalDate earliest = request.getRequestedAt().atOffset(FURTHEST_BEHIND).toLocalDate();
		return milestones.save(new CooperationMilestone(requestId, kind, happenedOn, note, earliest, latestDay(),
				actor.userId(), clock.instant())).getId();
	}

	/** Today somewhere on Earth: the last day a milestone may have happened on. */
	private LocalDate latestDay() {
		return clock.instant().atOffset(FURTHEST_AHEAD).toLocalDate();
	}

	/** The milestones of a request as its page lists them. Public for the templates. */
	public record MilestoneList(List<CooperationMilestone> milestones, Map<Long, String> names, boolean canRecord,
			List<MilestoneKind> kinds, LocalDate latestDay) {
	}

	/**
	 * The request's milestones, oldest first, and whether the actor may add one now.
	 * @throws NotFoundException when the actor may not see the request
	 */
	@Transactional(readOnly = true)
	public MilestoneList list(Actor actor, long requestId) {
		CooperationRequest request = requests.findById(requestId)
			.filter(r -> CooperationPermissions.canSee(actor, r))
			.orElseThrow(NotFoundException::new);
		List<CooperationMilestone> list = milestones.findByRequestIdOrderByHappenedOnAscIdAsc(requestId);
		Map<Long, String> names = accounts.displayNames(list.stream().map(CooperationMilestone::getRecordedBy)
			.collect(Collectors.toSet()));
		boolean running = request.getStatus() == RequestStatus.ACCEPTED
				|| request.getStatus() == RequestStatus.IN_PROGRESS;
		return new MilestoneList(list, names, running && ThreadPermissions.mayRecordMilestone(actor, request),
				List.of(MilestoneKind.values()), latestDay());
	}
}
