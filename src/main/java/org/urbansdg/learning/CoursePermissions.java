package org.urbansdg.learning;

import org.urbansdg.account.Actor;
import org.urbansdg.shared.DomainException;

/** Who may write, change and see courses; {@code actor} is {@code null} for visitors. */
final class CoursePermissions {

	private CoursePermissions() {
	}

	/** Trainers and the secretariat write courses. */
	static boolean canCreate(Actor actor) {
		return actor != null && actor.mayTeach();
	}

	/** The secretariat, and trainers who teach the course. */
	static boolean canAuthor(Actor actor, Course course) {
		return canCreate(actor) && (actor.isSecretariat() || course.taughtBy(actor.userId()));
	}

	/** Published courses are public; drafts only for those who may change them. */
	static boolean canView(Actor actor, Course course) {
		return course.isPublished() || canAuthor(actor, course);
	}

	/** @throws DomainException {@code learning.notTrainer} for anyone but trainers and the secretariat */
	static void requireCreator(Actor actor) {
		if (!canCreate(actor)) {
			throw new DomainException("learning.notTrainer");
		}
	}
}
