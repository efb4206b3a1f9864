package org.urbansdg.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.urbansdg.shared.DomainException;

/**
 * An application to a training session: submitted → shortlisted → accepted | waitlisted | declined; an accepted
 * participant confirms their seat or gives it up (withdrawn), which frees it for the waitlist.
 */
@Entity
@Table(name = "training_application")
class TrainingApplication {

	public enum Status {
		SUBMITTED, SHORTLISTED, ACCEPTED, WAITLISTED, DECLINED, CONFIRMED, WITHDRAWN;

		/** Statuses that hold a seat. */
		static final Set<Status> SEATED = EnumSet.of(ACCEPTED, CONFIRMED);
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long sessionId;

	private long userId;

	private String motivation;

	private String answers;

	@Enumerated(EnumType.STRING)
	private Status status = Status.SUBMITTED;

	private Instant submittedAt;

	private Instant decidedAt;

	private Instant remindedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "training_attendance", joinColumns = @JoinColumn(name = "application_id"))
	@Column(name = "day")
	private Set<LocalDate> attendance = new HashSet<>();

	protected TrainingApplication() {
	}

	TrainingApplication(TrainingSession session, long userId, String motivation, String answers, Instant now) {
		if (!session.isOpen(now)) {
			throw new DomainException("training.closed");
		}
		this.sessionId = session.getId();
		this.userId = userId;
		this.motivation = motivation;
		this.answers = answers;
		this.submittedAt = now;
	}

	/** The secretariat's decision; accepting needs a free seat, which the caller counts. */
	void decide(Status decision, boolean seatFree, Instant now) {
		boolean allowed = switch (decision) {
			case SHORTLISTED -> status == Status.SUBMITTED;
			case ACCEPTED -> status == Status.SUBMITTED || status == Status.SHORTLISTED || status == Status.WAITLISTED;
			case WAITLISTED, DECLINED -> status == Status.SUBMITTED || status == Status.SHORTLISTED;
			default -> false;
		};
		if (!allowed) {
			throw new DomainException("training.badDecision");
		}
		if (decision == Status.ACCEPTED && !seatFree) {
			throw new DomainException("training.full");
		}
		status = decision;
		decidedAt = now;
	}

	void confirm() {
		if (status != Status.ACCEPTED) {
			throw new DomainException("training.notAccepted");
		}
		status = Status.CONFIRMED;
	}

	void withdraw() {
		if (!Status.SEATED.contains(status)) {
			throw new DomainException("training.notAccepted");
		}
		status = Status.WITHDRAWN;
	}

	void attended(LocalDate day, boolean present) {
		if (!Status.SEATED.contains(status)) {
			throw new DomainException("training.notParticipant");
		}
		if (present) {
			attendance.add(day);
		}
		else {
			attendance.remove(day);
		}
	}

	/** Marks the reminder before the start as sent; the job skips applications already reminded. */
	void reminded(Instant now) {
		this.remindedAt = now;
	}

	public Instant getRemindedAt() {
		return remindedAt;
	}

	boolean holdsSeat() {
		return Status.SEATED.contains(status);
	}

	public Long getId() {
		return id;
	}

	public long getSessionId() {
		return sessionId;
	}

	public long getUserId() {
		return userId;
	}

	public String getMotivation() {
		return motivation;
	}

	public String getAnswers() {
		return answers;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Set<LocalDate> getAttendance() {
		return attendance;
	}
}
