package org.urbansdg.account;

/** What a user may do. Every confirmed user is a member; the other roles are granted. */
public enum Role {

	/** Signed-in user: comments, follows, registers. */
	MEMBER,
	/** Writes and submits case studies for their organisation. */
	EDITOR,
	/** Speaks for an organisation: confirms its users, grants them the editor role, signs off its submissions. */
	FOCAL_POINT,
	/** The network's staff: moderates and manages everything. */
	SECRETARIAT,
	/** Scores award nominations. */
	JUDGE,
	/** Authors courses and runs training sessions. */
	TRAINER;

	public String authority() {
		return "ROLE_" + name();
	}
}
