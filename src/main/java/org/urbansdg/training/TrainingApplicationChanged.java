package org.urbansdg.training;

/** An application to a training session reached a new status (submitted, decided, confirmed, withdrawn). */
record TrainingApplicationChanged(long applicationId, long userId, String sessionTitle, long sessionId,
		TrainingApplication.Status status) {
}
