package org.urbansdg.award;

/** A judge was assigned to a category of a cycle. */
public record JudgeInvited(long cycleId, long categoryId, long userId) {
}
