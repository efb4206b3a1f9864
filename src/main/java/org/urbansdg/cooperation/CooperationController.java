package org.urbansdg.cooperation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Affiliation;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.sdg.SdgCatalogue;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;
import org.urbansdg.shared.RateLimit;
import org.urbansdg.shared.RateLimits;

/**
 * Asking to learn from a practice, the cooperation workspace, and the request page with the steps each side may take.
 * Every step is checked again by {@link Cooperations}; this class only decides what a page offers.
 */
@Controller
class CooperationController {

	static final String ASK = "cooperation/ask";

	static final String WORKSPACE = "cooperation/workspace";

	static final String REQUEST = "cooperation/request";

	private final Cooperations cooperations;

	private final CaseStudies caseStudies;

	private final Members members;

	private final Accounts accounts;

	private final SdgCatalogue catalogue;

	private final RateLimits limits;

	private final CooperationThreads threads;

	private final ThreadModel threadModel;

	private final CaseTitles caseTitles;

	CooperationController(Cooperations cooperations, CaseStudies caseStudies, Members members, Accounts accounts,
			SdgCatalogue catalogue, RateLimits limits, CooperationThreads threads, ThreadModel threadModel,
			CaseTitles caseTitles) {
		this.caseTitles = caseTitles;
		this.threads = threads;
		this.threadModel = threadModel;
		this.cooperations = cooperations;
		this.caseStudies = caseStudies;
		this.members = members;
		this.accounts = accounts;
		this.catalogue = catalogue;
		this.limits = limits;
	}

	@GetMapping("/cooperation/ask")
	String askForm(@RequestParam("case") long caseId, @RequestParam(name = "challenge", required = false) Long challengeId,
			Actor actor, Model model) {
		model.addAttribute("askForm", AskForm.empty(LocaleContextHolder.getLocale().toLanguageTag()));
		// Said at once, before anything is typed; the form is not offered to an organisation that cannot ask.
		cooperations.refusal(actor, caseId).ifPresent(key -> {
			model.addAttribute("refusal", key);
			model.addAttribute("blocked", !key.equals("cooperation.ask.alreadyOpen"));
		});
		model.addAttribute("chosenHelp", List.of());
		return askPage(caseId, challengeId, model);
	}

	/**
	 * @param typedHelp the kinds of help ticked, as sent: shown ticked again also when another field made the form
	 *        record impossible to build (an unknown timeframe), which leaves {@code form} null
	 */
	@PostMapping("/cooperation/ask")
	String ask(@RequestParam("case") long caseId, @RequestParam(name = "challenge", required = false) Long challengeId,
			Actor actor, @Valid @ModelAttribute("askForm") AskForm form, BindingResult errors,
			@RequestParam(name = "help", required = false) List<String> typedHelp, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("chosenHelp", typedHelp == null ? List.of() : typedHelp);
		// Before anything else: each request mails the owning organisation.
		limits.check(RateLimit.COOPERATION_REQUEST);
		if (form == null) {
			return askPage(caseId, challengeId, model);
		}
		Set<String> targets = targetCodes(form.targets());
		targets.stream().filter(code -> catalogue.target(code).isEmpty()).findFirst()
			.ifPresent(code -> errors.rejectValue("targets", "cooperation.ask.targetUnknown", new Object[] { code }, null));
		cooperations.refusal(actor, caseId).ifPresent(errors::reject);
		if (errors.hasErrors()) {
			return askPage(caseId, challengeId, model);
		}
		try {
			long id = cooperations.ask(actor, new Cooperations.Ask(caseId, challengeId, form.help(), form.aim(),
					form.populationBand(), form.budgetBand(), form.region(), targets, form.constraints(),
					form.preferredLanguage(), form.timeframe()));
			redirect.addFlashAttribute("flash", "cooperation.ask.sent");
			return "redirect:/cooperation/" + id;
		}
		catch (DomainException ex) {
			// A request sent at the same moment from another tab, or a rule the form could not see: said on the
			// form, which keeps what was typed.
			errors.reject(ex.messageKey(), ex.arguments(), null);
			return askPage(caseId, challengeId, model);
		}
	}

	private String askPage(long caseId, Long challengeId, Model model) {
		CaseStudies.Content content = caseStudies.publishedContent(caseId).orElseThrow(NotFoundException::new);
		model.addAttribute("caseStudy", content);
		model.addAttribute("owner", organisationName(content.organisationId()));
		model.addAttribute("challengeId", challengeId);
		model.addAttribute("helpKinds", HelpKind.values());
		model.addAttribute("populationBands", PopulationBand.values());
		model.addAttribute("budgetBands", BudgetBand.values());
		model.addAttribute("timeframes", Timeframe.values());
		return ASK;
	}

	/** Codes separated by commas, semicolons or spaces, in the order typed, each once. */
	static Set<String> targetCodes(String typed) {
		Set<String> codes = new LinkedHashSet<>();
		if (typed != null) {
			Arrays.stream(typed.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).forEach(codes::add);
		}
		return codes;
	}

	/** One line of the workspace. */
	record Row(long id, String caseTitle, String otherOrganisation, RequestStatus status, java.time.Instant requestedAt) {
	}

	@GetMapping("/cooperation")
	String workspace(Actor actor, Model model) {
		List<CooperationRequest> made = cooperations.made(actor);
		List<CooperationRequest> received = cooperations.received(actor);
		Map<Long, String> titles = caseTitles.of(Stream.concat(made.stream(), received.stream())
			.map(CooperationRequest::getCaseStudyId).toList());
		model.addAttribute("made", byStatus(made, titles, true));
		model.addAttribute("received", byStatus(received, titles, false));
		model.addAttribute("hasOrganisation", actor != null && actor.organisationId() != null);
		model.addAttribute("unread", threads.unreadCounts(actor,
				Stream.concat(made.stream(), received.stream()).map(CooperationRequest::getId).toList()));
		return WORKSPACE;
	}

	private Map<RequestStatus, List<Row>> byStatus(List<CooperationRequest> requests, Map<Long, String> titles,
			boolean made) {
		Map<RequestStatus, List<Row>> rows = new EnumMap<>(RequestStatus.class);
		for (CooperationRequest r : requests) {
			long other = made ? r.getOwnerOrganisationId() : r.getRequestingOrganisationId();
			rows.computeIfAbsent(r.getStatus(), s -> new ArrayList<>())
				.add(new Row(r.getId(), titles.get(r.getCaseStudyId()), organisationName(other), r.getStatus(),
						r.getRequestedAt()));
		}
		return rows;
	}

	@GetMapping("/cooperation/{id}")
	String request(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("closeForm", CloseForm.empty());
		return requestPage(cooperations.get(actor, id), actor, model);
	}

	private String requestPage(CooperationRequest request, Actor actor, Model model) {
		boolean requested = request.getStatus() == RequestStatus.REQUESTED;
		model.addAttribute("cooperation", request);
		threadModel.addTo(model, actor, request.getId());
		model.addAttribute("caseTitle", caseTitles.of(request.getCaseStudyId()));
		model.addAttribute("owner", organisationName(request.getOwnerOrganisationId()));
		model.addAttribute("requester", organisationName(request.getRequestingOrganisationId()));
		model.addAttribute("asker", accounts.displayNames(List.of(request.getRequestedBy())).get(request.getRequestedBy()));
		model.addAttribute("canAnswer", requested && CooperationPermissions.mayAnswer(actor, request));
		model.addAttribute("canWithdraw", requested && CooperationPermissions.mayWithdraw(actor, request));
		model.addAttribute("canStart", request.getStatus() == RequestStatus.ACCEPTED
				&& CooperationPermissions.mayRun(actor, request));
		boolean canClose = request.getStatus() == RequestStatus.IN_PROGRESS && CooperationPermissions.mayRun(actor, request);
		model.addAttribute("canClose", canClose);
		model.addAttribute("canAgree", request.getStatus() == RequestStatus.CLOSED
				&& ((CooperationPermissions.mayAgreeForOwner(actor, request) && request.getOwnerAgreedToPublishAt() == null)
						|| (CooperationPermissions.mayAgreeForRequester(actor, request)
								&& request.getRequesterAgreedToPublishAt() == null)));
		if (requested && CooperationPermissions.mayAnswer(actor, request)) {
			model.addAttribute("contactChoices", accounts.usersOf(request.getOwnerOrganisationId()).stream()
				.filter(u -> u.affiliation() == Affiliation.CONFIRMED && u.enabled()).toList());
		}
		if (canClose) {
			model.addAttribute("adaptedCaseChoices", adaptedCaseChoices(actor, request));
		}
		if (request.getAdaptedCaseStudyId() != null) {
			model.addAttribute("adaptedCase", caseStudies.publishedCards(List.of(request.getAdaptedCaseStudyId()))
				.stream().findFirst().orElse(null));
		}
		if (CooperationPermissions.seesOwnerContact(actor, request)) {
			model.addAttribute("showContact", true);
			if (request.getContactUserId() != null) {
				model.addAttribute("contactPerson", accounts.profile(request.getContactUserId()));
			}
			model.addAttribute("caseContact", caseStudies.publishedContact(request.getCaseStudyId()).orElse(null));
		}
		return REQUEST;
	}

	/**
	 * The requesting organisation's cases the outcome may link to: its published ones, and for its own people also
	 * those not yet published (the other side is not shown another organisation's drafts).
	 */
	private List<CaseStudies.Card> adaptedCaseChoices(Actor actor, CooperationRequest request) {
		List<CaseStudies.Card> choices = new ArrayList<>(caseStudies.publishedOf(request.getRequestingOrganisationId()));
		if (CooperationPermissions.isRequester(actor, request)) {
			choices.addAll(caseStudies.unpublishedOf(request.getRequestingOrganisationId()));
		}
		return choices;
	}

	@PostMapping("/cooperation/{id}/accept")
	String accept(@PathVariable long id, @RequestParam(required = false) Long contactUserId, Actor actor,
			RedirectAttributes redirect) {
		cooperations.accept(actor, id, contactUserId);
		return saved(id, redirect);
	}

	@PostMapping("/cooperation/{id}/decline")
	String decline(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Actor actor, Model model,
			RedirectAttributes redirect) {
		try {
			cooperations.decline(actor, id, reason);
		}
		catch (DomainException ex) {
			if (!ex.messageKey().startsWith("cooperation.decline.")) {
				throw ex;
			}
			// The reason is missing or too long: the page again, with the reason as typed.
			model.addAttribute("declineError", ex.messageKey());
			model.addAttribute("declineErrorArguments", ex.arguments());
			model.addAttribute("declineReason", reason);
			model.addAttribute("closeForm", CloseForm.empty());
			return requestPage(cooperations.get(actor, id), actor, model);
		}
		return saved(id, redirect);
	}

	@PostMapping("/cooperation/{id}/withdraw")
	String withdraw(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		cooperations.withdraw(actor, id);
		return saved(id, redirect);
	}

	@PostMapping("/cooperation/{id}/start")
	String start(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		cooperations.start(actor, id);
		return saved(id, redirect);
	}

	@PostMapping("/cooperation/{id}/close")
	String close(@PathVariable long id, Actor actor, @Valid @ModelAttribute("closeForm") CloseForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		CooperationRequest request = cooperations.get(actor, id);
		if (!CooperationPermissions.mayRun(actor, request)) {
			throw new DomainException("cooperation.notAllowed");
		}
		if (!errors.hasErrors()) {
			try {
				cooperations.close(actor, id, new Cooperations.Closing(form.outcome(), form.outcomeNote(),
						form.outcomeFigures(), form.adaptedCaseStudyId()));
				return saved(id, redirect);
			}
			catch (DomainException ex) {
				if (ex.messageKey().equals("cooperation.close.adaptedCaseUnknown")) {
					errors.rejectValue("adaptedCaseStudyId", ex.messageKey());
				}
				else {
					errors.reject(ex.messageKey(), ex.arguments(), null);
				}
			}
		}
		// The outcome form again with what was typed, also when the request has moved on meanwhile (then its
		// status is the error).
		String view = requestPage(request, actor, model);
		model.addAttribute("closeFormShown", true);
		model.addAttribute("adaptedCaseChoices", adaptedCaseChoices(actor, request));
		return view;
	}

	@PostMapping("/cooperation/{id}/publish")
	String publish(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		cooperations.agreeToPublish(actor, id);
		return saved(id, redirect);
	}

	private static String saved(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", "cooperation.saved");
		return "redirect:/cooperation/" + id;
	}

	private String organisationName(long id) {
		return members.organisation(id).map(Organisation::getName).orElse("");
	}
}
