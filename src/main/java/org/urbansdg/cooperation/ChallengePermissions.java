package org.urbansdg.cooperation;

import org.springframework.security.access.AccessDeniedException;
import org.urbansdg.account.Actor;
import org.urbansdg.shared.DomainException;

/** Who may do what with challenges; {@code actor} is {@code null} for visitors, who only read. */
final class ChallengePermissions {

	private ChallengePermissions() {
	}

	/** Editors and focal points post for their organisation (which must be a member in good standing: the service). */
	static boolean mayPost(Actor actor) {
		return actor != null && actor.organisationId() != null && actor.editsFor(actor.organisationId());
	}

	/** The owner's editors and focal points close the challenge and turn offers and matches into requests. */
	static boolean mayManage(Actor actor, Challenge challenge) {
		return actor != null && actor.editsFor(challenge.getOrganisation().getId());
	}

	/** Anyone confirmed for another organisation may offer help while the challenge is open. */
	static boolean mayOffer(Actor actor, Challenge challenge) {
		return actor != null && actor.organisationId() != null
				&& !actor.actsFor(challenge.getOrganisation().getId()) && challenge.isOpen();
	}

	/**
	 * The secretariat's notes on its suggested partners are written for the owner: its editors and focal points read
	 * them, and the secretariat; everyone else sees only the suggested organisations' names.
	 */
	static boolean seesSuggestionNotes(Actor actor, Challenge challenge) {
		return mayManage(actor, challenge) || maySuggest(actor);
	}

	static boolean maySuggest(Actor actor) {
		return actor != null && actor.isSecretariat();
	}

	/** @throws DomainException {@code challenge.notEditor} for anyone who may not post */
	static void requirePoster(Actor actor) {
		if (!mayPost(actor)) {
			throw new DomainException("challenge.notEditor");
		}
	}

	/** @throws AccessDeniedException (403) for anyone but the owner's editors and focal points: the page is public */
	static void requireManager(Actor actor, Challenge challenge) {
		if (!mayManage(actor, challenge)) {
			throw new AccessDeniedException("not the challenge's owner");
		}
	}
}
