package org.urbansdg.account;

import java.util.Set;

/**
 * The signed-in user as other modules see them, read fresh from the database on each request so that a revoked role
 * or affiliation counts at once. A controller declares an {@code Actor} parameter to get it ({@code null} for visitors).
 *
 * @param organisationId the organisation the user is confirmed to act for, or {@code null}
 */
public record Actor(long userId, String displayName, String email, Long organisationId, Set<Role> roles) {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isSecretariat() {
		return has(Role.SECRETARIAT);
	}

	/** Trainers and the secretariat write courses and run training sessions. */
	public boolean mayTeach() {
		return isSecretariat() || has(Role.TRAINER);
	}

	/** Whether the user is confirmed to act for that organisation. */
	public boolean actsFor(Long organisation) {
		return organisationId != null && organisationId.equals(organisation);
	}

	/** Editors and focal points write for their organisation. */
	public boolean editsFor(Long organisation) {
		return actsFor(organisation) && (has(Role.EDITOR) || has(Role.FOCAL_POINT));
	}
}
