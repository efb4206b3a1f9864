package org.urbansdg.casestudy.search;

import java.util.List;

/**
 * One reason a practice matched, with what it rests on.
 *
 * @param details for {@link Kind#SHARED_TARGETS} the target codes both name ("11.2"); for {@link Kind#SHARED_WORDS}
 *     the practice's words that the query's words found, lower-cased, most frequent first; for
 *     {@link Kind#SIMILAR_SIZE} the practice city's population, as digits; for {@link Kind#SAME_REGION} the practice's
 *     country code (ISO 3166)
 */
public record MatchReason(Kind kind, List<String> details) {

	public enum Kind {
		SHARED_TARGETS, SHARED_WORDS, SIMILAR_SIZE, SAME_REGION
	}

	public MatchReason {
		details = List.copyOf(details);
	}
}
