package org.urbansdg.cooperation;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.member.Members;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;
import org.urbansdg.shared.UploadCheck;

/**
 * The private thread of a request: messages with files between the two organisations and the secretariat, and each
 * reader's read marker. Anyone who may not see the request gets {@link NotFoundException} (404, ids reveal nothing);
 * every refusal comes before anything is stored. Mail about a new message goes out after commit
 * ({@link ThreadNotifications}).
 */
@Service
@Transactional
public class CooperationThreads {

	private final CooperationRequestRepository requests;

	private final CooperationMessageRepository messages;

	private final CooperationAttachmentRepository attachments;

	private final ThreadReadRepository reads;

	private final Accounts accounts;

	private final Members members;

	private final UploadCheck uploads;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CooperationThreads(CooperationRequestRepository requests, CooperationMessageRepository messages,
			CooperationAttachmentRepository attachments, ThreadReadRepository reads, Accounts accounts,
			Members members, UploadCheck uploads, ApplicationEventPublisher events, Optional<Clock> clock) {
		this.requests = requests;
		this.messages = messages;
		this.attachments = attachments;
		this.reads = reads;
		this.accounts = accounts;
		this.members = members;
		this.uploads = uploads;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** @throws NotFoundException when the actor may not see the request */
	@Transactional(readOnly = true)
	public void requireVisible(Actor actor, long requestId) {
		requests.findById(requestId).filter(r -> CooperationPermissions.canSee(actor, r))
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Writes a message, with a file when one was chosen (an empty file field is no file). Allowed while the request
	 * is open, so a question may come before the answer.
	 * @return the message's id
	 * @throws NotFoundException when the actor may not see the request
	 * @throws DomainException {@code thread.closed} for a declined, withdrawn or closed request,
	 *         {@code thread.message.empty}, {@code thread.message.tooLong}, {@code upload.tooLarge},
	 *         {@code upload.wrongType}
	 */
	public long post(Actor actor, long requestId, String text, MultipartFile file) {
		// Locked, so a message cannot slip in while the request is being closed. Whoever sees the request (both
		// organisations and the secretariat, which brokers and may be asked for help) writes in its thread.
		CooperationRequest request = requests.lockById(requestId)
			.filter(r -> CooperationPermissions.canSee(actor, r))
			.orElseThrow(NotFoundException::new);
		if (!request.getStatus().isOpen()) {
			throw new DomainException("thread.closed");
		}
		Long organisation = CooperationPermissions.isParty(actor, request) ? actor.organisationId() : null;
		CooperationMessage message = new CooperationMessage(requestId, actor.userId(), organisation, text,
				clock.instant());
		UploadCheck.CheckedFile checked = file == null || file.isEmpty() ? null
				: uploads.check(file, UploadCheck.DOCUMENTS_AND_IMAGES);
		messages.save(message);
		if (checked != null) {
			attachments.save(new CooperationAttachment(message.getId(), checked, clock.instant()));
		}
		events.publishEvent(new MessagePosted(requestId, message.getId()));
		return message.getId();
	}

	/**
	 * The thread as the actor sees it on the request page, which also marks it read for them.
	 * @throws NotFoundException when the actor may not see the request
	 */
	public ThreadView read(Actor actor, long requestId) {
		CooperationRequest request = requests.findById(requestId)
			.filter(r -> CooperationPermissions.canSee(actor, r))
			.orElseThrow(NotFoundException::new);
		List<CooperationMessage> thread = messages.findByRequestIdOrderByCreatedAtAscIdAsc(requestId);
		long readBefore = reads.find(requestId, actor.userId()).map(ThreadRead::getLastReadMessageId).orElse(0L);
		if (!thread.isEmpty()) {
			reads.markRead(requestId, actor.userId(), thread.get(thread.size() - 1).getId(), clock.instant());
		}
		Map<Long, List<AttachmentSummary>> files = attachments.summariesOfRequest(requestId).stream()
			.collect(Collectors.groupingBy(AttachmentSummary::messageId));
		Set<Long> organisationIds = new HashSet<>();
		thread.forEach(m -> {
			if (m.getOrganisationId() != null) {
				organisationIds.add(m.getOrganisationId());
			}
		});
		Map<Long, String> organisations = new HashMap<>();
		organisationIds.forEach(id -> members.organisation(id).ifPresent(o -> organisations.put(id, o.getName())));
		Map<Long, String> names = accounts.displayNames(thread.stream().map(CooperationMessage::getAuthorId)
			.collect(Collectors.toSet()));
		return new ThreadView(thread, files, names, organisations, readBefore, actor.userId(),
				true, request.getStatus().isOpen()); // whoever sees the thread writes in it: post()
	}

	/** For each of the requests, how many messages by others the actor has not read yet (absent: none). */
	@Transactional(readOnly = true)
	public Map<Long, Long> unreadCounts(Actor actor, Collection<Long> requestIds) {
		if (actor == null || requestIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : messages.unreadCounts(actor.userId(), requestIds)) {
			counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
		}
		return counts;
	}

	/** A file to send back: its name, checked content type and bytes. */
	record FileDownload(String fileName, String contentType, byte[] content) {
	}

	/**
	 * A file of the request's thread.
	 * @throws NotFoundException when the actor may not see the request, or the file is not in its thread
	 */
	@Transactional(readOnly = true)
	FileDownload download(Actor actor, long requestId, long attachmentId) {
		requireVisible(actor, requestId);
		CooperationAttachment file = attachments.findById(attachmentId)
			.filter(a -> messages.findById(a.getMessageId()).filter(m -> m.getRequestId() == requestId).isPresent())
			.orElseThrow(NotFoundException::new);
		return new FileDownload(file.getFileName(), file.getContentType(), file.getContent());
	}
}
