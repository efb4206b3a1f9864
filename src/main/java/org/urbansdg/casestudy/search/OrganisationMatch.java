package org.urbansdg.casestudy.search;

import java.util.List;

/**
 * An organisation that published cases on some of the targets asked about.
 *
 * @param sharedTargets the targets asked about that its published cases name, in catalogue order
 * @param cases how many of its published cases name at least one of them
 */
public record OrganisationMatch(long organisationId, String name, String countryCode, List<String> sharedTargets,
		int cases) {

	public OrganisationMatch {
		sharedTargets = List.copyOf(sharedTargets);
	}
}
