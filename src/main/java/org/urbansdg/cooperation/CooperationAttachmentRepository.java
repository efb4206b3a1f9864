package org.urbansdg.cooperation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CooperationAttachmentRepository extends JpaRepository<CooperationAttachment, Long> {

	@Query("""
			select new org.urbansdg.cooperation.AttachmentSummary(a.id, a.messageId, a.fileName, a.contentType, a.size)
			from CooperationAttachment a where a.messageId in
			  (select m.id from CooperationMessage m where m.requestId = :requestId)
			order by a.id""")
	List<AttachmentSummary> summariesOfRequest(long requestId);
}
