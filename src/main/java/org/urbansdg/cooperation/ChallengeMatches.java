package org.urbansdg.cooperation;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The published practices most likely to help with a challenge and the organisations that worked on its targets,
 * best first, each with its reasons. Asks casestudy's matcher; never lists the challenge's own organisation.
 */
@Component
class ChallengeMatches {

	static final int PRACTICES = 8;

	static final int ORGANISATIONS = 6;

	/** What the challenge page shows. */
	record Result(List<?> practices, List<?> organisations) {
	}

	Result of(Challenge challenge) {
		// TODO(coop-match): wire CaseStudies.matchPractices and organisationsOnTargets once that branch is merged.
		return new Result(List.of(), List.of());
	}
}
