package org.urbansdg.casestudy;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentDataRepository extends JpaRepository<AttachmentData, Long> {
}
