package org.urbansdg.cooperation;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.member.Members;

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

	private final CooperationMail mail;

	PipelineSuggestions(PipelineSuggestionRepository suggestions, CooperationRequestRepository requests,
			Members members, CooperationMail mail) {
		this.suggestions = suggestions;
		this.requests = requests;
		this.members = members;
		this.mail = mail;
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
			.findById(suggestion.getRequestId())
			.ifPresent(request -> mail.send(mail.requesterSide(request), "pipeline.mail.suggested",
					mail.arguments(request, suggestion.getOrganisationId()))));
	}
}
