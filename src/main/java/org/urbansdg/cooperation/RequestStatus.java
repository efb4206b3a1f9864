package org.urbansdg.cooperation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands: requested → accepted | declined | withdrawn; accepted → in progress → closed (with an
 * outcome). {@link CooperationRequest} refuses every other step.
 */
enum RequestStatus {

	REQUESTED, ACCEPTED, DECLINED, WITHDRAWN, IN_PROGRESS, CLOSED;

	/** Statuses in which the two organisations are still working on it: one such request per organisation and case. */
	static final Set<RequestStatus> OPEN = EnumSet.of(REQUESTED, ACCEPTED, IN_PROGRESS);

	boolean isOpen() {
		return OPEN.contains(this);
	}
}
