package org.urbansdg.cooperation;

import java.util.List;
import java.util.Map;

/**
 * A thread as the request page shows it to one viewer. Public for the templates.
 * @param names the authors' display names by user id
 * @param organisations the authors' organisation names by organisation id
 * @param readBefore the viewer's read marker before this page marked the thread read: later messages by others are new
 */
public record ThreadView(List<CooperationMessage> messages, Map<Long, List<AttachmentSummary>> attachments,
		Map<Long, String> names, Map<Long, String> organisations, long readBefore, long viewerId, boolean canPost,
		boolean open) {

	public List<AttachmentSummary> attachmentsOf(CooperationMessage message) {
		return attachments.getOrDefault(message.getId(), List.of());
	}

	public boolean isNew(CooperationMessage message) {
		return message.getId() > readBefore && message.getAuthorId() != viewerId;
	}
}
