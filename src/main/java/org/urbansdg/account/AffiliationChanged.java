package org.urbansdg.account;

/**
 * A user's affiliation changed: they named another organisation or none, or the organisation accepted or refused
 * them. Modules that must remember past affiliations (a judge's conflicts of interest) listen for it.
 *
 * @param organisationId the organisation the user names now, or {@code null}
 * @param affiliation where that request stands
 * @param changedBy who made the change: the user, a focal point of the organisation or the secretariat
 */
public record AffiliationChanged(long userId, Long organisationId, Affiliation affiliation, long changedBy) {
}
