package org.urbansdg.award;

/** A judge was assigned to a category of a cycle. */
record JudgeInvited(long cycleId, long categoryId, long userId) {
}
