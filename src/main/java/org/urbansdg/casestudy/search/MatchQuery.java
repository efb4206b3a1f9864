package org.urbansdg.casestudy.search;

import java.util.Set;

/**
 * What a city looks for among published practices: its own words (a challenge's title and description, in any
 * language), the SDG targets it works on, and where it is, for the small boosts of the same region and a similar size.
 * Every part may be missing ({@code null} or empty); a query with neither words nor targets matches nothing.
 *
 * @param excludeOrganisationId the asking organisation, whose own cases are left out; may be {@code null}
 */
public record MatchQuery(String text, Set<String> targetCodes, String countryCode, Long population,
		Long excludeOrganisationId) {

	public MatchQuery {
		text = text == null ? "" : text.strip();
		targetCodes = targetCodes == null ? Set.of() : Set.copyOf(targetCodes);
	}
}
