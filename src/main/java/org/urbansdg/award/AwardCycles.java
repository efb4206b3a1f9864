package org.urbansdg.award;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Actor;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;

/** Creating award cycles and finding them. Only the secretariat creates or changes one ({@link AwardPermissions}). */
@Service
@Transactional(readOnly = true)
class AwardCycles {

	private final AwardCycleRepository cycles;

	private final DecisionLog log;

	private final AwardTime time;

	AwardCycles(AwardCycleRepository cycles, DecisionLog log, AwardTime time) {
		this.cycles = cycles;
		this.log = log;
		this.time = time;
	}

	/**
	 * A new cycle with the default criteria (equal weights) unless others are given.
	 * @param criteria code or name per line, optionally followed by "=weight"; empty for the seven defaults
	 */
	@Transactional
	long create(Actor actor, String name, int year, String description, String eligibility, ZoneId zone,
			AwardCycle.Timeline timeline, List<String> categories, List<String> criteria, boolean normalise) {
		AwardPermissions.requireSecretariat(actor);
		if (categories.isEmpty()) {
			throw new DomainException("award.noCategories");
		}
		AwardCycle cycle = new AwardCycle(name, year, description, eligibility, zone, timeline, time.now());
		categories.forEach(cycle::addCategory);
		if (criteria.isEmpty()) {
			AwardCycle.DEFAULT_CRITERIA.forEach(code -> cycle.addCriterion(code, code, BigDecimal.ONE));
		}
		else {
			for (String line : criteria) {
				String[] parts = line.split("=", 2);
				BigDecimal weight = BigDecimal.ONE;
				if (parts.length == 2) {
					try {
						weight = new BigDecimal(parts[1].strip());
					}
					catch (NumberFormatException ex) {
						throw new DomainException("award.badWeight");
					}
				}
				if (weight.signum() <= 0 || weight.compareTo(new BigDecimal("100")) > 0) {
					throw new DomainException("award.badWeight");
				}
				String criterion = parts[0].strip();
				String code = AwardCycle.DEFAULT_CRITERIA.contains(criterion) ? criterion : "custom";
				cycle.addCriterion(code, criterion, weight);
			}
		}
		cycle.setNormaliseScores(normalise);
		cycles.save(cycle);
		log.record(actor, cycle.getId(), null, Decision.Kind.CYCLE_CREATED, name);
		return cycle.getId();
	}

	/** Moves the timeline (the secretariat's correction of a date). */
	@Transactional
	void reschedule(Actor actor, long cycleId, AwardCycle.Timeline timeline) {
		AwardPermissions.requireSecretariat(actor);
		get(cycleId).reschedule(timeline);
	}

	AwardCycle get(long id) {
		return cycles.findById(id).orElseThrow(NotFoundException::new);
	}

	List<AwardCycle> all() {
		return cycles.findAllByOrderByYearDescIdDesc();
	}

	boolean exists(String name) {
		return cycles.existsByName(name);
	}
}
