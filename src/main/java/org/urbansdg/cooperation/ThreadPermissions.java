package org.urbansdg.cooperation;

import org.urbansdg.account.Actor;

/**
 * Who may write in a request's thread and record its milestones. Reading both follows
 * {@link CooperationPermissions#canSee}; anyone who may not see the request gets 404 from the services.
 */
final class ThreadPermissions {

	private ThreadPermissions() {
	}

	/** Both organisations and the secretariat (which brokers and may be asked for help) write in the thread. */
	static boolean mayPost(Actor actor, CooperationRequest request) {
		return CooperationPermissions.canSee(actor, request);
	}

	/** The work is the two organisations': any of their members records what happened, the secretariat does not. */
	static boolean mayRecordMilestone(Actor actor, CooperationRequest request) {
		return CooperationPermissions.isParty(actor, request);
	}
}
