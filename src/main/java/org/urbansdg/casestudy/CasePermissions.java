package org.urbansdg.casestudy;

import org.springframework.stereotype.Component;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Role;

/**
 * Who may do what with a case study. The workflow enforces these; templates ask them (as {@code @casePermissions})
 * only to decide which buttons to show. {@code actor} is {@code null} for visitors.
 */
@Component("casePermissions")
public class CasePermissions {

	public boolean canView(Actor actor, CaseStudy c) {
		return c.getStatus().isPublic() || canWorkOn(actor, c) || isFocalPointOf(actor, c)
				|| (actor != null && actor.isSecretariat());
	}

	public boolean canCreate(Actor actor) {
		return actor != null && actor.organisationId() != null
				&& (actor.has(Role.EDITOR) || actor.has(Role.FOCAL_POINT));
	}

	public boolean canEdit(Actor actor, CaseStudy c) {
		if (actor == null) {
			return false;
		}
		if (actor.isSecretariat()) {
			return c.getStatus() != CaseStatus.ARCHIVED;
		}
		return canWorkOn(actor, c) && c.getStatus().editableByEditors();
	}

	public boolean canSubmit(Actor actor, CaseStudy c) {
		return canWorkOn(actor, c) && c.getStatus().editableByEditors();
	}

	public boolean canSignOff(Actor actor, CaseStudy c) {
		return isFocalPointOf(actor, c) && c.getStatus() == CaseStatus.SUBMITTED && c.getSignedOffBy() == null;
	}

	public boolean canReview(Actor actor, CaseStudy c) {
		return actor != null && actor.isSecretariat() && c.getStatus() == CaseStatus.SUBMITTED;
	}

	public boolean canArchive(Actor actor, CaseStudy c) {
		return actor != null && actor.isSecretariat() && c.getStatus() == CaseStatus.PUBLISHED;
	}

	public boolean canVerify(Actor actor, CaseStudy c) {
		return c.getStatus() == CaseStatus.PUBLISHED
				&& (canWorkOn(actor, c) || (actor != null && actor.isSecretariat()));
	}

	/** Review notes and revisions are for the people who work on the case. */
	public boolean canSeeHistory(Actor actor, CaseStudy c) {
		return canWorkOn(actor, c) || isFocalPointOf(actor, c) || (actor != null && actor.isSecretariat());
	}

	public boolean canComment(Actor actor, CaseStudy c) {
		return actor != null && actor.has(Role.MEMBER) && c.getStatus() == CaseStatus.PUBLISHED;
	}

	public boolean canModerate(Actor actor) {
		return actor != null && actor.isSecretariat();
	}

	private static boolean canWorkOn(Actor actor, CaseStudy c) {
		return actor != null && actor.editsFor(c.getOrganisation().getId());
	}

	private static boolean isFocalPointOf(Actor actor, CaseStudy c) {
		return actor != null && actor.has(Role.FOCAL_POINT) && actor.actsFor(c.getOrganisation().getId());
	}
}
