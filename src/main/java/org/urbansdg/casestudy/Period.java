package org.urbansdg.casestudy;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.urbansdg.shared.DomainException;

/** When a practice ran: a start and an end date, either unknown; no end means it is ongoing. */
@Embeddable
class Period {

	@Column(name = "start_date")
	private LocalDate start;

	@Column(name = "end_date")
	private LocalDate end;

	protected Period() {
	}

	/** @throws DomainException {@code case.endBeforeStart} */
	Period(LocalDate start, LocalDate end) {
		if (start != null && end != null && end.isBefore(start)) {
			throw new DomainException("case.endBeforeStart");
		}
		this.start = start;
		this.end = end;
	}

	/** Whether the dates are in order (a form checks before making a period). */
	static boolean ordered(LocalDate start, LocalDate end) {
		return start == null || end == null || !end.isBefore(start);
	}

	public LocalDate getStart() {
		return start;
	}

	public LocalDate getEnd() {
		return end;
	}

	public boolean isOngoing() {
		return end == null;
	}

	/** The year it started, for the search facet; {@code null} when unknown. */
	Integer startYear() {
		return start == null ? null : start.getYear();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Period p && Objects.equals(p.start, start) && Objects.equals(p.end, end);
	}

	@Override
	public int hashCode() {
		return Objects.hash(start, end);
	}
}
