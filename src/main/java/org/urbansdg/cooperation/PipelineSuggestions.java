package org.urbansdg.cooperation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Accounts;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.member.Members;
import org.urbansdg.shared.Mailer;

/**
 * The partners the secretariat suggested for a request: read by the request page's fragment
 * ({@code cooperation/suggestions :: suggestions(request)}, which only a party or the secretariat reaches), and told
 * to the requesting side by e-mail after the suggestion commits. Public only because the template calls it as a bean.
 */
@Component("pipelineSuggestions")
public class PipelineSuggestions {

	/** One suggestion as both parties see it. */
	public record Shown(long organisationId, String organisation, String countryCode, String note, Instant suggestedAt) {
	}

	private final PipelineSuggestionRepository suggestions;

	private final CooperationRequestRepository requests;

	private final Members members;

	private final Accounts accounts;

	private final CaseStudies caseStudies;

	private final Mailer mailer;

	private final MessageSource messages;

	PipelineSuggestions(PipelineSuggestionRepository suggestions, CooperationRequestRepository requests,
			Members members, Accounts accounts, CaseStudies caseStudies, Mailer mailer, MessageSource messages) {
		this.suggestions = suggestions;
		this.requests = requests;
		this.members = members;
		this.accounts = accounts;
		this.caseStudies = caseStudies;
		this.mailer = mailer;
		this.messages = messages;
	}

	/** The suggestions for a request the caller already showed (so already checked), oldest first. */
	@Transactional(readOnly = true)
	public List<Shown> of(CooperationRequest request) {
		return suggestions.findByRequestIdOrderBySuggestedAtAsc(request.getId()).stream().map(s -> {
			var organisation = members.organisation(s.getOrganisationId());
			return new Shown(s.getOrganisationId(), organisation.map(o -> o.getName()).orElse(""),
					organisation.map(o -> o.getCountryCode()).orElse(null), s.getNote(), s.getSuggestedAt());
		}).toList();
	}

	/** To the person who asked and the requesting organisation's focal points and editors, in their languages. */
	@ApplicationModuleListener
	void on(PartnerSuggested event) {
		suggestions.findById(event.suggestionId()).ifPresent(suggestion -> requests
			.findById(suggestion.getRequestId()).ifPresent(request -> {
				String title = caseStudies.publishedContent(request.getCaseStudyId())
					.map(CaseStudies.Content::title).orElse("#" + request.getCaseStudyId());
				String partner = members.organisation(suggestion.getOrganisationId()).map(o -> o.getName())
					.orElse("");
				Object[] arguments = { title, partner, mailer.link("/cooperation/" + request.getId()) };
				Map<String, Locale> recipients = new LinkedHashMap<>();
				var asker = accounts.profile(request.getRequestedBy());
				if (asker.enabled()) {
					recipients.put(asker.email(), asker.locale());
				}
				accounts.editors(request.getRequestingOrganisationId())
					.forEach(r -> recipients.putIfAbsent(r.email(), r.locale()));
				recipients.forEach((email, locale) -> mailer.send(email,
						messages.getMessage("pipeline.mail.suggested.subject", arguments, locale),
						messages.getMessage("pipeline.mail.suggested.body", arguments, locale)));
			}));
	}
}
