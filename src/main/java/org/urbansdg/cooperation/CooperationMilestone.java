package org.urbansdg.cooperation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.urbansdg.shared.DomainException;

/** A dated step of the work on a request: documents shared, a call, a visit... Public for the templates. */
@Entity
@Table(name = "cooperation_milestone")
public class CooperationMilestone {

	static final int MAX_NOTE = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long requestId;

	@Enumerated(EnumType.STRING)
	private MilestoneKind kind;

	private LocalDate happenedOn;

	private String note;

	private long recordedBy;

	private Instant recordedAt;

	protected CooperationMilestone() {
	}

	/**
	 * @param earliest the first day it may have happened on (the day the request was made)
	 * @param latest the last day it may have happened on (today)
	 * @throws DomainException {@code milestone.kindMissing}, {@code milestone.dateMissing},
	 *         {@code milestone.dateInFuture}, {@code milestone.dateBeforeRequest}, {@code milestone.noteTooLong}
	 */
	CooperationMilestone(long requestId, MilestoneKind kind, LocalDate happenedOn, String note, LocalDate earliest,
			LocalDate latest, long recordedBy, Instant recordedAt) {
		if (kind == null) {
			throw new DomainException("milestone.kindMissing");
		}
		if (happenedOn == null) {
			throw new DomainException("milestone.dateMissing");
		}
		if (happenedOn.isAfter(latest)) {
			throw new DomainException("milestone.dateInFuture");
		}
		if (happenedOn.isBefore(earliest)) {
			throw new DomainException("milestone.dateBeforeRequest");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > MAX_NOTE) {
			throw new DomainException("milestone.noteTooLong", MAX_NOTE);
		}
		this.requestId = requestId;
		this.kind = kind;
		this.happenedOn = happenedOn;
		this.note = text;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public long getRequestId() {
		return requestId;
	}

	public MilestoneKind getKind() {
		return kind;
	}

	public LocalDate getHappenedOn() {
		return happenedOn;
	}

	public String getNote() {
		return note;
	}

	public long getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
