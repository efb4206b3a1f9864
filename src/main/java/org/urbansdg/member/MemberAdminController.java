package org.urbansdg.member;

import org.springframework.context.i18n.LocaleContextHolder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;

/** The secretariat keeps the lists of cities and member organisations (all of {@code /admin} is theirs). */
@Controller
class MemberAdminController {

	static final String ORGANISATIONS = "member/organisations";

	static final String ORGANISATION = "member/organisation";

	static final String CITIES = "member/cities";

	record OrganisationForm(@NotBlank @Size(max = 200) String name, @NotNull Organisation.Type type,
			@NotBlank String countryCode, Long cityId, @NotNull Organisation.Membership membership,
			@Size(max = 300) String website) {
	}

	record CityForm(@NotBlank @Size(max = 120) String name, @NotBlank String countryCode,
			@DecimalMin("-90") @DecimalMax("90") Double latitude, @DecimalMin("-180") @DecimalMax("180") Double longitude,
			@PositiveOrZero Long population) {
	}

	private final Members members;

	private final Countries countries;

	MemberAdminController(Members members, Countries countries) {
		this.members = members;
		this.countries = countries;
	}

	@GetMapping("/admin/organisations")
	String organisations(Model model) {
		model.addAttribute("organisations", members.organisations());
		return ORGANISATIONS;
	}

	@GetMapping("/admin/organisations/new")
	String newOrganisation(Model model) {
		model.addAttribute("form", new OrganisationForm("", Organisation.Type.LOCAL_GOVERNMENT, "", null,
				Organisation.Membership.PENDING, ""));
		return organisationPage(model, null);
	}

	@GetMapping("/admin/organisations/{id}")
	String editOrganisation(@PathVariable long id, Model model) {
		Organisation o = members.organisation(id).orElseThrow(NotFoundException::new);
		model.addAttribute("form", new OrganisationForm(o.getName(), o.getType(), o.getCountryCode(),
				o.getCity() == null ? null : o.getCity().getId(), o.getMembership(), o.getWebsite()));
		return organisationPage(model, id);
	}

	@PostMapping({ "/admin/organisations", "/admin/organisations/{id}" })
	String saveOrganisation(@PathVariable(required = false) Long id, @Valid @ModelAttribute("form") OrganisationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return organisationPage(model, id);
		}
		try {
			if (id == null) {
				members.addOrganisation(form.name(), form.type(), form.countryCode(), form.cityId(), form.membership(),
						form.website());
			}
			else {
				members.updateOrganisation(id, form.name(), form.type(), form.countryCode(), form.cityId(),
						form.membership(), form.website());
			}
		}
		catch (DomainException ex) {
			errors.reject(ex.messageKey(), ex.arguments(), null);
			return organisationPage(model, id);
		}
		redirect.addFlashAttribute("flash", "member.organisation.saved");
		return "redirect:/admin/organisations";
	}

	@GetMapping("/admin/cities")
	String cities(Model model) {
		model.addAttribute("form", new CityForm("", "", null, null, null));
		return citiesPage(model);
	}

	@PostMapping("/admin/cities")
	String addCity(@Valid @ModelAttribute("form") CityForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return citiesPage(model);
		}
		try {
			members.addCity(form.name(), form.countryCode(), form.latitude(), form.longitude(), form.population());
		}
		catch (DomainException ex) {
			errors.reject(ex.messageKey(), ex.arguments(), null);
			return citiesPage(model);
		}
		redirect.addFlashAttribute("flash", "member.city.saved");
		return "redirect:/admin/cities";
	}

	private String organisationPage(Model model, Long id) {
		model.addAttribute("id", id);
		model.addAttribute("types", Organisation.Type.values());
		model.addAttribute("memberships", Organisation.Membership.values());
		model.addAttribute("cities", members.cities());
		model.addAttribute("countryCodes", countries.codes(LocaleContextHolder.getLocale()));
		return ORGANISATION;
	}

	private String citiesPage(Model model) {
		model.addAttribute("cities", members.cities());
		model.addAttribute("countryCodes", countries.codes(LocaleContextHolder.getLocale()));
		return CITIES;
	}
}
