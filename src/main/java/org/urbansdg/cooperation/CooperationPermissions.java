package org.urbansdg.cooperation;

import org.urbansdg.account.Actor;

/**
 * Who may see and do what with a cooperation request; {@code actor} is {@code null} for visitors. The parties are the
 * confirmed members of either organisation; the secretariat sees every request (it brokers) but answers none on an
 * organisation's behalf. Anyone else is told nothing: {@link Cooperations} answers 404, so ids reveal nothing.
 */
final class CooperationPermissions {

	private CooperationPermissions() {
	}

	/** Signed in and confirmed for an organisation: may ask another organisation to learn from its practice. */
	static boolean canAsk(Actor actor) {
		return actor != null && actor.organisationId() != null;
	}

	/** A member of either organisation. */
	static boolean isParty(Actor actor, CooperationRequest request) {
		return actor != null && (actor.actsFor(request.getOwnerOrganisationId())
				|| actor.actsFor(request.getRequestingOrganisationId()));
	}

	static boolean canSee(Actor actor, CooperationRequest request) {
		return isParty(actor, request) || (actor != null && actor.isSecretariat());
	}

	/** The requesting side (as opposed to the owner's side, or the secretariat). */
	static boolean isRequester(Actor actor, CooperationRequest request) {
		return actor != null && actor.actsFor(request.getRequestingOrganisationId());
	}

	/** The owning organisation's focal points and editors accept or decline. */
	static boolean mayAnswer(Actor actor, CooperationRequest request) {
		return actor != null && actor.editsFor(request.getOwnerOrganisationId());
	}

	/** Anyone on the requesting side may withdraw the request their organisation made. */
	static boolean mayWithdraw(Actor actor, CooperationRequest request) {
		return isRequester(actor, request);
	}

	/**
	 * Starting the work and recording its outcome: the focal points and editors of either organisation, and the person
	 * who asked.
	 */
	static boolean mayRun(Actor actor, CooperationRequest request) {
		return actor != null && (actor.editsFor(request.getOwnerOrganisationId())
				|| actor.editsFor(request.getRequestingOrganisationId()) || isAsker(actor, request));
	}

	/** Agreeing to publish the outcome for the owning organisation. */
	static boolean mayAgreeForOwner(Actor actor, CooperationRequest request) {
		return mayAnswer(actor, request);
	}

	/** Agreeing to publish the outcome for the requesting organisation: its focal points and editors, and the asker. */
	static boolean mayAgreeForRequester(Actor actor, CooperationRequest request) {
		return actor != null && (actor.editsFor(request.getRequestingOrganisationId())
				|| isAsker(actor, request));
	}

	/** The person who asked, while they still act for the requesting organisation (not after they left it). */
	private static boolean isAsker(Actor actor, CooperationRequest request) {
		return actor.userId() == request.getRequestedBy() && isRequester(actor, request);
	}

	/** Shown the owner team's contact details: the requesting side once accepted (the owner's side knows its own). */
	static boolean seesOwnerContact(Actor actor, CooperationRequest request) {
		return request.wasAccepted() && canSee(actor, request);
	}
}
