package org.urbansdg;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Whether a listener has finished with an event, read from Spring Modulith's publication registry: for a test that
 * expects a listener to change nothing, there is no state change to wait for.
 */
public final class EventDeliveries {

	private final CompletedEventPublications completed;

	public EventDeliveries(CompletedEventPublications completed) {
		this.completed = completed;
	}

	/** The event was delivered to a listener method of {@code listener}, which returned normally. */
	public boolean handled(Object event, Class<?> listener) {
		return completed.findAll().stream()
			.filter(p -> p.getEvent().equals(event))
			.anyMatch(p -> p instanceof TargetEventPublication t
					&& t.getTargetIdentifier().getValue().contains(listener.getName() + "."));
	}
}
