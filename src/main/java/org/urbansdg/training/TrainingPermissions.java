package org.urbansdg.training;

import org.urbansdg.account.Actor;
import org.urbansdg.shared.DomainException;

/** Who may announce and manage training sessions; {@code actor} is {@code null} for visitors. */
final class TrainingPermissions {

	private TrainingPermissions() {
	}

	/** Trainers and the secretariat announce sessions. */
	static boolean canCreate(Actor actor) {
		return actor != null && actor.mayTeach();
	}

	/** The secretariat, and the trainer who set the session up. */
	static boolean canManage(Actor actor, TrainingSession session) {
		return canCreate(actor) && (actor.isSecretariat() || session.getCreatedBy() == actor.userId());
	}

	/** @throws DomainException {@code training.notTrainer} for anyone but trainers and the secretariat */
	static void requireCreator(Actor actor) {
		if (!canCreate(actor)) {
			throw new DomainException("training.notTrainer");
		}
	}
}
