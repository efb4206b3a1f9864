package org.urbansdg.cooperation;

import org.urbansdg.account.Actor;

/**
 * Who may record a request's milestones. Reading the thread and the milestones, and writing in the thread, follow
 * {@link CooperationPermissions#canSee}; anyone who may not see the request gets 404 from the services.
 */
final class ThreadPermissions {

	private ThreadPermissions() {
	}

	/** The work is the two organisations': any of their members records what happened, the secretariat does not. */
	static boolean mayRecordMilestone(Actor actor, CooperationRequest request) {
		return CooperationPermissions.isParty(actor, request);
	}
}
