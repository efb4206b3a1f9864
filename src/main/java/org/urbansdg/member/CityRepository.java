package org.urbansdg.member;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CityRepository extends JpaRepository<City, Long> {

	List<City> findAllByOrderByNameAsc();

	Optional<City> findByNameIgnoreCaseAndCountryCode(String name, String countryCode);
}
