package org.urbansdg.cooperation;

/** A thread attachment as a page lists it: without its bytes. Public for the templates. */
public record AttachmentSummary(long id, long messageId, String fileName, String contentType, long size) {
}
