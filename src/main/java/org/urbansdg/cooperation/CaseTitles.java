package org.urbansdg.cooperation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.urbansdg.casestudy.CaseStudies;

/**
 * The titles of the cases requests are about, read in one query for a list (the pipeline, its CSV, the workspace)
 * rather than the full case once per row. A case no longer published is shown as "#id".
 */
@Component
class CaseTitles {

	private final CaseStudies caseStudies;

	CaseTitles(CaseStudies caseStudies) {
		this.caseStudies = caseStudies;
	}

	/** Title by case id, for every id given. */
	Map<Long, String> of(Collection<Long> ids) {
		Map<Long, String> titles = new HashMap<>();
		ids.forEach(id -> titles.put(id, "#" + id));
		caseStudies.publishedCards(ids).forEach(card -> titles.put(card.id(), card.title()));
		return titles;
	}

	String of(long id) {
		return of(java.util.List.of(id)).get(id);
	}
}
