package org.urbansdg.cooperation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CooperationMessageRepository extends JpaRepository<CooperationMessage, Long> {

	List<CooperationMessage> findByRequestIdOrderByCreatedAtAscIdAsc(long requestId);

	@Query("select max(m.id) from CooperationMessage m where m.requestId = :requestId")
	Long lastId(long requestId);

	/** The secretariat users who wrote in the thread (authors without an organisation of the request). */
	@Query("select distinct m.authorId from CooperationMessage m where m.requestId = :requestId and m.organisationId is null")
	List<Long> authorsWithoutOrganisation(long requestId);

	/**
	 * Per request, how many messages by others the user has not read: those after their read marker (all, without
	 * one). Rows of request id and count; requests with none are absent.
	 */
	@Query(value = """
			select m.request_id, count(*) from cooperation_message m
			left join cooperation_read r on r.request_id = m.request_id and r.user_id = :userId
			where m.request_id in (:requestIds) and m.author_id <> :userId
			  and m.id > coalesce(r.last_read_message_id, 0)
			group by m.request_id""", nativeQuery = true)
	List<Object[]> unreadCounts(long userId, Collection<Long> requestIds);
}
