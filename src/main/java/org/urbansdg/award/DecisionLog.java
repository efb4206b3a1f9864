package org.urbansdg.award;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Actor;

/** Records each decision of a cycle with who took it and when, in the deciding transaction. */
@Component
class DecisionLog {

	private final DecisionRepository decisions;

	private final AwardTime time;

	DecisionLog(DecisionRepository decisions, AwardTime time) {
		this.decisions = decisions;
		this.time = time;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void record(Actor actor, long cycleId, Long nominationId, Decision.Kind kind, String detail) {
		decisions.save(new Decision(cycleId, nominationId, kind, detail, actor.userId(), actor.displayName(), time.now()));
	}

	List<Decision> of(long cycleId) {
		return decisions.findByCycleIdOrderByDecidedAtDescIdDesc(cycleId);
	}
}
