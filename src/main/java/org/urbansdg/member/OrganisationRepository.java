package org.urbansdg.member;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	List<Organisation> findAllByOrderByNameAsc();

	Optional<Organisation> findByNameIgnoreCase(String name);
}
