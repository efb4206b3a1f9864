package org.urbansdg.learning;

/** An application to a training session reached a new status (submitted, decided, confirmed, withdrawn). */
public record TrainingApplicationChanged(long applicationId, long userId, String sessionTitle, long sessionId,
		TrainingApplication.Status status) {
}
