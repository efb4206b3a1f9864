package org.urbansdg.training;

import java.time.LocalDate;

/** A participant holding a seat is to be reminded that their session starts soon; published once per participant. */
record TrainingStartsSoon(long applicationId, long userId, String sessionTitle, long sessionId, LocalDate startsOn,
		String venue) {
}
