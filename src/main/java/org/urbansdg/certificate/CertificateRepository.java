package org.urbansdg.certificate;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

	Optional<Certificate> findByCode(String code);

	Optional<Certificate> findBySourceTypeAndSourceId(String sourceType, long sourceId);

	List<Certificate> findByRecipientUserIdOrderByIssuedOnDesc(Long recipientUserId);

	List<Certificate> findTop200ByOrderByIdDesc();
}
