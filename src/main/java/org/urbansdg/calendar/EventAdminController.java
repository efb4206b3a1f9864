package org.urbansdg.calendar;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.member.Countries;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.sdg.SdgCatalogue;
import org.urbansdg.shared.DomainException;

/** The secretariat adds and edits events (all of {@code /admin} is theirs). */
@Controller
class EventAdminController {

	static final String LIST = "calendar/admin-events";

	static final String EDIT = "calendar/edit";

	private static final List<String> ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
		.filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
		.toList();

	private final EventCalendar calendar;

	private final Members members;

	private final Countries countries;

	private final SdgCatalogue catalogue;

	EventAdminController(EventCalendar calendar, Members members, Countries countries, SdgCatalogue catalogue) {
		this.calendar = calendar;
		this.members = members;
		this.countries = countries;
		this.catalogue = catalogue;
	}

	@GetMapping("/admin/events")
	String list(Model model) {
		model.addAttribute("events", calendar.all());
		return LIST;
	}

	@GetMapping("/admin/events/new")
	String create(Model model) {
		model.addAttribute("form", EventForm.blank());
		return page(model, null);
	}

	@GetMapping("/admin/events/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("form", EventForm.of(calendar.get(id)));
		return page(model, id);
	}

	@PostMapping({ "/admin/events", "/admin/events/{id}" })
	String save(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") EventForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (id != null) {
			calendar.get(id);
		}
		CalendarEvent.Details details = errors.hasErrors() ? null : details(form, errors);
		if (details == null) {
			return page(model, id);
		}
		long saved;
		try {
			if (id == null) {
				saved = calendar.create(details).getId();
			}
			else {
				calendar.update(id, details);
				saved = id;
			}
		}
		catch (DomainException ex) {
			String field = switch (ex.messageKey()) {
				case "calendar.unknownZone" -> "timeZone";
				case "calendar.endBeforeStart" -> "end";
				case "calendar.registrationUrlMissing" -> "registrationUrl";
				case "calendar.capacityMissing" -> "capacity";
				default -> null;
			};
			if (field == null) {
				errors.reject(ex.messageKey(), ex.arguments(), null);
			}
			else {
				errors.rejectValue(field, ex.messageKey(), ex.arguments(), null);
			}
			return page(model, id);
		}
		redirect.addFlashAttribute("flash", "calendar.saved");
		return "redirect:/events/" + saved;
	}

	/** Checks what the form refers to; records a field error for each problem and answers null then. */
	private CalendarEvent.Details details(EventForm form, BindingResult errors) {
		Organisation organiser = members.organisation(form.organiserId()).orElse(null);
		if (organiser == null) {
			errors.rejectValue("organiserId", "calendar.unknownOrganisation");
		}
		Set<Organisation> partners = new HashSet<>();
		for (Long partnerId : form.partnerIds() == null ? List.<Long>of() : form.partnerIds()) {
			members.organisation(partnerId).ifPresentOrElse(partners::add,
					() -> errors.rejectValue("partnerIds", "calendar.unknownOrganisation"));
		}
		Set<Integer> goals = new TreeSet<>(form.goals() == null ? List.of() : form.goals());
		if (goals.stream().anyMatch(g -> catalogue.goal(g).isEmpty())) {
			errors.rejectValue("goals", "calendar.unknownGoal");
		}
		if (form.countryCode() != null && !form.countryCode().isBlank() && !countries.exists(form.countryCode())) {
			errors.rejectValue("countryCode", "calendar.unknownCountry");
		}
		checkLink(form.onlineUrl(), "onlineUrl", errors);
		checkLink(form.registrationUrl(), "registrationUrl", errors);
		if (form.questionList().stream().anyMatch(q -> q.length() > CalendarEvent.MAX_QUESTION)) {
			errors.rejectValue("questions", "calendar.questionTooLong", new Object[] { CalendarEvent.MAX_QUESTION }, null);
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new CalendarEvent.Details(form.title(), form.description(), form.type(), form.start(), form.end(),
				form.timeZone(), form.venue(), form.city(), form.countryCode(), form.onlineUrl(), organiser, partners,
				goals, form.language(), form.registrationMode(), form.registrationUrl(), form.capacity(),
				form.questionList());
	}

	private String page(Model model, Long id) {
		model.addAttribute("id", id);
		model.addAttribute("types", EventType.values());
		model.addAttribute("modes", RegistrationMode.values());
		model.addAttribute("organisations", members.organisations());
		model.addAttribute("countryCodes", countries.codes(LocaleContextHolder.getLocale()));
		model.addAttribute("goals", catalogue.goals());
		model.addAttribute("zones", ZONES);
		return EDIT;
	}

	private static void checkLink(String url, String field, BindingResult errors) {
		if (url != null && !url.isBlank() && !url.strip().matches("https?://\\S+")) {
			errors.rejectValue(field, "calendar.badLink");
		}
	}
}
