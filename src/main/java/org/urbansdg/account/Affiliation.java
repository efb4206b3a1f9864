package org.urbansdg.account;

/** Whether the organisation a user named has accepted them as acting for it. */
public enum Affiliation {
	NONE, REQUESTED, CONFIRMED, REJECTED
}
