package org.urbansdg.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	boolean existsByEmail(String email);

	List<UserAccount> findAllByOrderByCreatedAtDesc();

	List<UserAccount> findByOrganisationIdOrderByDisplayNameAsc(Long organisationId);

	List<UserAccount> findByAffiliationOrderByCreatedAtAsc(Affiliation affiliation);

	boolean existsByRolesContaining(Role role);

	List<UserAccount> findByRolesContaining(Role role);
}
