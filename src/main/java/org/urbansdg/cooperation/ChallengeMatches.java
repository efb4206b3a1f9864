package org.urbansdg.cooperation;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.casestudy.search.MatchQuery;
import org.urbansdg.casestudy.search.MatchReason;
import org.urbansdg.casestudy.search.OrganisationMatch;
import org.urbansdg.casestudy.search.PracticeMatch;
import org.urbansdg.member.Countries;
import org.urbansdg.shared.Formats;

/**
 * The published practices most likely to help with a challenge and the organisations that worked on its targets,
 * best first, each with its reasons, from casestudy's matcher ({@link CaseStudies#matchPractices}); the challenge's
 * own organisation is left out of both.
 */
@Component
class ChallengeMatches {

	static final int PRACTICES = 8;

	static final int ORGANISATIONS = 6;

	/** A reason as the page shows it: its kind and what it rests on, written for the reader. */
	record Reason(MatchReason.Kind kind, String details) {
	}

	/** A matched practice with its reasons ready to show. */
	record Practice(PracticeMatch match, List<Reason> reasons) {
	}

	/** What the challenge page shows. */
	record Result(List<Practice> practices, List<OrganisationMatch> organisations) {
	}

	private final CaseStudies cases;

	private final Countries countries;

	private final Formats formats;

	ChallengeMatches(CaseStudies cases, Countries countries, Formats formats) {
		this.cases = cases;
		this.countries = countries;
		this.formats = formats;
	}

	Result of(Challenge challenge, Locale locale) {
		long owner = challenge.getOrganisation().getId();
		MatchQuery query = new MatchQuery(challenge.getTitle() + "\n\n" + challenge.getDescription(),
				challenge.getTargets(), challenge.getCountryCode(), challenge.getPopulation(), owner);
		List<Practice> practices = cases.matchPractices(query, PRACTICES).stream()
			.map(m -> new Practice(m, m.reasons().stream().map(r -> reason(r, locale)).toList()))
			.toList();
		return new Result(practices, cases.organisationsOnTargets(challenge.getTargets(), owner, ORGANISATIONS));
	}

	/** Populations as numbers of the reader's locale, countries by their name; codes and words as they are. */
	private Reason reason(MatchReason reason, Locale locale) {
		List<String> details = switch (reason.kind()) {
			case SIMILAR_SIZE -> reason.details().stream().map(d -> d.chars().allMatch(Character::isDigit)
					&& !d.isEmpty() ? formats.number(Long.parseLong(d)) : d).toList();
			case SAME_REGION -> reason.details().stream().map(code -> countries.name(code, locale)).toList();
			default -> reason.details();
		};
		return new Reason(reason.kind(), String.join(", ", details));
	}
}
