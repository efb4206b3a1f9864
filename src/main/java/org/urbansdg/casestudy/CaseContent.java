package org.urbansdg.casestudy;

import org.urbansdg.member.City;

/**
 * Everything an editor writes about a case, already checked and resolved to catalogue entries. Built by the
 * workflow from a form, so the entity never sees raw request data. Its parts are value objects of distinct types, so
 * that parts given in the wrong order do not compile.
 * @param period {@code null} when no date is known
 * @param budget {@code null} when no amount is given
 * @param contact {@code null} when neither a name nor an address is given
 */
record CaseContent(Headline headline, City city, SdgMapping mapping, Narrative narrative, Period period,
		Budget budget, Contact contact, WebLinks links) {

	/** The title and summary of a case and the language they (and its sections) are written in. */
	record Headline(String title, String summary, String language) {
	}
}
