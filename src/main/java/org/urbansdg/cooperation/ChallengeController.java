package org.urbansdg.cooperation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
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
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.member.Members;
import org.urbansdg.sdg.SdgCatalogue;
import org.urbansdg.sdg.Target;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.RateLimit;
import org.urbansdg.shared.RateLimits;
import org.urbansdg.shared.RichText;

/**
 * Cities' challenges: the public list and page, posting, offers of help, the secretariat's suggested partners and
 * closing as solved. A matched practice or an offer becomes a cooperation request through the ask form's link.
 */
@Controller
class ChallengeController {

	static final String LIST = "cooperation/challenges";

	static final String PAGE = "cooperation/challenge";

	static final String FORM = "cooperation/challenge-form";

	/** An offer of help: a short note. */
	record ChallengeOfferForm(@NotBlank @Size(max = Challenges.MAX_NOTE) String note) {
	}

	/** The secretariat's suggestion of a partner organisation. */
	record ChallengeSuggestionForm(Long organisationId, @Size(max = Challenges.MAX_SUGGESTION_NOTE) String note) {
	}

	private final Challenges challenges;

	private final ChallengeMatches matches;

	private final ChallengeSettings settings;

	private final SdgCatalogue catalogue;

	private final Members members;

	private final Accounts accounts;

	private final CaseStudies cases;

	private final RichText richText;

	private final RateLimits rateLimits;

	ChallengeController(Challenges challenges, ChallengeMatches matches, ChallengeSettings settings,
			SdgCatalogue catalogue, Members members, Accounts accounts, CaseStudies cases, RichText richText,
			RateLimits rateLimits) {
		this.challenges = challenges;
		this.matches = matches;
		this.settings = settings;
		this.catalogue = catalogue;
		this.members = members;
		this.accounts = accounts;
		this.cases = cases;
		this.richText = richText;
		this.rateLimits = rateLimits;
	}

	@GetMapping("/challenges")
	String list(@RequestParam(required = false) Integer goal, @RequestParam(required = false) String country,
			@RequestParam(required = false) Challenge.Status status, @RequestParam(defaultValue = "1") int page,
			Actor actor, Model model) {
		String countryCode = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
		Integer goalNumber = goal != null && catalogue.goal(goal).isPresent() ? goal : null;
		Challenges.Filter filter = new Challenges.Filter(goalNumber, countryCode, status);
		Page<Challenge> result = challenges.list(filter, page - 1);
		model.addAttribute("result", result);
		model.addAttribute("filter", filter);
		model.addAttribute("goals", catalogue.goals());
		model.addAttribute("countries", challenges.countries());
		model.addAttribute("statuses", Challenge.Status.values());
		model.addAttribute("mayPost", ChallengePermissions.mayPost(actor));
		model.addAttribute("signedIn", actor != null);
		return LIST;
	}

	@GetMapping("/challenges/new")
	String newChallenge(Actor actor, Model model) {
		model.addAttribute("form", ChallengeForm.empty());
		return form(actor, model);
	}

	@PostMapping("/challenges/new")
	String post(Actor actor, @Valid @ModelAttribute("form") ChallengeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ChallengePermissions.requirePoster(actor);
		form.check(errors, catalogue, challenges.today(), settings.furthest());
		if (errors.hasErrors()) {
			return form(actor, model);
		}
		long id = challenges.post(actor, form.details());
		redirect.addFlashAttribute("flash", "challenge.posted");
		return "redirect:/challenges/" + id;
	}

	private String form(Actor actor, Model model) {
		var organisation = challenges.posterOrganisation(actor);
		model.addAttribute("organisation", organisation);
		model.addAttribute("band", Challenge.PopulationBand
			.of(organisation.getCity() == null ? null : organisation.getCity().getPopulation()));
		ChallengeForm form = (ChallengeForm) model.getAttribute("form");
		model.addAttribute("selectedGoals", form.goalsOfTargets());
		model.addAttribute("goals", catalogue.goals());
		model.addAttribute("themes", catalogue.themes());
		model.addAttribute("today", challenges.today());
		return FORM;
	}

	@GetMapping("/challenges/{id}")
	String challenge(@PathVariable long id, Actor actor, Model model) {
		model.addAttribute("offerForm", new ChallengeOfferForm(""));
		model.addAttribute("suggestionForm", new ChallengeSuggestionForm(null, ""));
		return page(challenges.get(id), actor, model);
	}

	private String page(Challenge challenge, Actor actor, Model model) {
		long id = challenge.getId();
		boolean manages = ChallengePermissions.mayManage(actor, challenge);
		List<ChallengeOffer> offers = challenges.offers(id);
		model.addAttribute("challenge", challenge);
		model.addAttribute("descriptionHtml", richText.html(challenge.getDescription()));
		model.addAttribute("targets", catalogue.targets().stream().map(Target::code)
			.filter(challenge.getTargets()::contains).toList());
		model.addAttribute("matches", matches.of(challenge, LocaleContextHolder.getLocale()));
		model.addAttribute("offers", offers);
		model.addAttribute("suggestions", challenges.suggestions(id));
		model.addAttribute("mayManage", manages);
		model.addAttribute("mayOffer", ChallengePermissions.mayOffer(actor, challenge));
		model.addAttribute("hasOffered", challenges.hasOffered(actor, id));
		model.addAttribute("maySuggest", ChallengePermissions.maySuggest(actor) && challenge.isOpen());
		model.addAttribute("seesSuggestionNotes", ChallengePermissions.seesSuggestionNotes(actor, challenge));
		model.addAttribute("signedIn", actor != null);
		if (ChallengePermissions.maySuggest(actor)) {
			model.addAttribute("partners", members.organisations().stream()
				.filter(o -> !o.getId().equals(challenge.getOrganisation().getId())).toList());
		}
		if (manages) {
			// The owner sees who offered (to reply) and each offering organisation's practices, to ask about one.
			Map<Long, String> names = accounts.displayNames(offers.stream().map(ChallengeOffer::getOfferedBy).toList());
			Map<Long, String> contacts = new HashMap<>();
			Map<Long, List<CaseStudies.Card>> practices = new HashMap<>();
			for (ChallengeOffer o : offers) {
				contacts.put(o.getId(), names.get(o.getOfferedBy()) + " <" + accounts.profile(o.getOfferedBy()).email() + ">");
				practices.put(o.getId(), cases.publishedOf(o.getOrganisation().getId()));
			}
			model.addAttribute("contacts", contacts);
			model.addAttribute("offerPractices", practices);
		}
		return PAGE;
	}

	@PostMapping("/challenges/{id}/offers")
	String offer(@PathVariable long id, Actor actor, @Valid @ModelAttribute("offerForm") ChallengeOfferForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		rateLimits.check(RateLimit.CHALLENGE_OFFER);
		Challenge challenge = challenges.get(id);
		if (!errors.hasErrors()) {
			try {
				challenges.offer(actor, id, form.note());
				redirect.addFlashAttribute("flash", "challenge.offered");
				return "redirect:/challenges/" + id;
			}
			catch (DomainException ex) {
				errors.rejectValue("note", ex.messageKey(), ex.arguments(), null);
			}
		}
		model.addAttribute("suggestionForm", new ChallengeSuggestionForm(null, ""));
		model.addAttribute("offerFailed", true);
		return page(challenge, actor, model);
	}

	@PostMapping("/challenges/{id}/suggestions")
	String suggest(@PathVariable long id, Actor actor,
			@Valid @ModelAttribute("suggestionForm") ChallengeSuggestionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Challenge challenge = challenges.get(id);
		if (!ChallengePermissions.maySuggest(actor)) {
			throw new org.springframework.security.access.AccessDeniedException("not the secretariat");
		}
		if (!errors.hasErrors()) {
			try {
				challenges.suggest(actor, id, form.organisationId(), form.note());
				redirect.addFlashAttribute("flash", "challenge.suggested");
				return "redirect:/challenges/" + id;
			}
			catch (DomainException ex) {
				errors.rejectValue("organisationId", ex.messageKey(), ex.arguments(), null);
			}
		}
		model.addAttribute("offerForm", new ChallengeOfferForm(""));
		model.addAttribute("suggestionFailed", true);
		return page(challenge, actor, model);
	}

	@PostMapping("/challenges/{id}/close")
	String close(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
		challenges.solve(actor, id);
		redirect.addFlashAttribute("flash", "challenge.solved");
		return "redirect:/challenges/" + id;
	}
}
