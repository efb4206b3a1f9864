package org.urbansdg.member;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.shared.DomainException;

/** Looks up and manages cities and member organisations. */
@Service
@Transactional(readOnly = true)
public class Members {

	private final CityRepository cities;

	private final OrganisationRepository organisations;

	private final Countries countries;

	Members(CityRepository cities, OrganisationRepository organisations, Countries countries) {
		this.cities = cities;
		this.organisations = organisations;
		this.countries = countries;
	}

	public List<City> cities() {
		return cities.findAllByOrderByNameAsc();
	}

	public Optional<City> city(long id) {
		return cities.findById(id);
	}

	public List<Organisation> organisations() {
		return organisations.findAllByOrderByNameAsc();
	}

	public Optional<Organisation> organisation(long id) {
		return organisations.findById(id);
	}

	public Optional<Organisation> organisationNamed(String name) {
		return organisations.findByNameIgnoreCase(name);
	}

	public Optional<City> cityNamed(String name, String countryCode) {
		return cities.findByNameIgnoreCaseAndCountryCode(name, countryCode);
	}

	/** @throws DomainException when the country is unknown or the city already exists in it */
	@Transactional
	public City addCity(String name, String countryCode, Double latitude, Double longitude, Long population) {
		requireCountry(countryCode);
		if (cities.findByNameIgnoreCaseAndCountryCode(name.strip(), countryCode).isPresent()) {
			throw new DomainException("member.city.exists", name.strip());
		}
		return cities.save(new City(name.strip(), countryCode, latitude, longitude, population));
	}

	@Transactional
	public Organisation addOrganisation(String name, Organisation.Type type, String countryCode, Long cityId,
			Organisation.Membership membership, String website) {
		requireCountry(countryCode);
		if (organisations.findByNameIgnoreCase(name.strip()).isPresent()) {
			throw new DomainException("member.organisation.exists", name.strip());
		}
		return organisations.save(new Organisation(name.strip(), type, countryCode, cityOrNull(cityId), membership,
				blankToNull(website)));
	}

	@Transactional
	public Organisation updateOrganisation(long id, String name, Organisation.Type type, String countryCode,
			Long cityId, Organisation.Membership membership, String website) {
		requireCountry(countryCode);
		Organisation organisation = organisations.findById(id)
			.orElseThrow(() -> new DomainException("member.organisation.unknown"));
		organisations.findByNameIgnoreCase(name.strip())
			.filter(other -> !other.getId().equals(id))
			.ifPresent(other -> {
				throw new DomainException("member.organisation.exists", name.strip());
			});
		organisation.update(name.strip(), type, countryCode, cityOrNull(cityId), membership, blankToNull(website));
		return organisation;
	}

	private City cityOrNull(Long cityId) {
		return cityId == null ? null
				: cities.findById(cityId).orElseThrow(() -> new DomainException("member.city.unknown"));
	}

	private void requireCountry(String code) {
		if (!countries.exists(code)) {
			throw new DomainException("member.country.unknown", code);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
