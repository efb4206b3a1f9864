package org.urbansdg.award;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.shared.DomainException;

/**
 * A published case put forward for a category of a cycle. Until nominations close its snapshot follows the live case;
 * then it is frozen, and judges and voters read exactly that version.
 */
@Entity
@Table(name = "award_nomination")
class Nomination {

	/** The length of award_nomination.screening_reason. */
	static final int MAX_SCREENING_REASON = 2000;

	public enum Status {
		SUBMITTED, ELIGIBLE, INELIGIBLE
	}

	/** What the secretariat decided at the end; winners are everything but NONE and FINALIST. */
	public enum Outcome {
		NONE, FINALIST, FIRST, SECOND, THIRD, SPECIAL_MENTION, MEMBERS_CHOICE;

		boolean isWinner() {
			return this != NONE && this != FINALIST;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private long categoryId;

	private long caseId;

	private long organisationId;

	private Long cityId;

	private long nominatedBy;

	private String statement;

	@Enumerated(EnumType.STRING)
	private Status status = Status.SUBMITTED;

	/** Nominated while the case was still in review: it takes part once the case is published. */
	private boolean awaitingPublication;

	private String screeningReason;

	@Enumerated(EnumType.STRING)
	private Outcome outcome = Outcome.NONE;

	private String snapshotTitle;

	private String snapshotSummary;

	private String snapshotBody;

	private Instant frozenAt;

	private Instant createdAt;

	@Version
	private long version;

	protected Nomination() {
	}

	Nomination(long cycleId, long categoryId, CaseStudies.Content content, long nominatedBy, String statement,
			Instant now) {
		this.cycleId = cycleId;
		this.categoryId = categoryId;
		this.caseId = content.id();
		this.organisationId = content.organisationId();
		this.cityId = content.cityId();
		this.nominatedBy = nominatedBy;
		this.statement = statement;
		this.createdAt = now;
		follow(content);
	}

	/** A nomination of a case still in review, which takes part once the case is published. */
	static Nomination awaiting(long cycleId, long categoryId, CaseStudies.Content content, long nominatedBy,
			String statement, Instant now) {
		Nomination n = new Nomination(cycleId, categoryId, content, nominatedBy, statement, now);
		n.awaitingPublication = true;
		return n;
	}

	/** The case was published: from now on the nomination follows it like any other. */
	void casePublished(CaseStudies.Content content) {
		awaitingPublication = false;
		follow(content);
	}

	/** Takes the live case's text, unless the snapshot is already frozen. */
	void follow(CaseStudies.Content content) {
		if (frozenAt != null) {
			return;
		}
		snapshotTitle = content.title();
		snapshotSummary = content.summary();
		snapshotBody = content.body();
	}

	void freeze(Instant now) {
		if (frozenAt == null) {
			frozenAt = now;
		}
	}

	/** @throws DomainException {@code award.reasonRequired} when ineligible without a reason */
	void screen(boolean eligible, String reason) {
		if (awaitingPublication) {
			throw new DomainException("award.awaitingPublication");
		}
		if (!eligible && (reason == null || reason.isBlank())) {
			throw new DomainException("award.reasonRequired");
		}
		if (reason != null && reason.strip().length() > MAX_SCREENING_REASON) {
			throw new DomainException("award.reasonTooLong", MAX_SCREENING_REASON);
		}
		status = eligible ? Status.ELIGIBLE : Status.INELIGIBLE;
		screeningReason = reason == null || reason.isBlank() ? null : reason.strip();
	}

	void moveTo(long newCategoryId) {
		if (newCategoryId == categoryId) {
			throw new DomainException("award.sameCategory");
		}
		categoryId = newCategoryId;
	}

	/** @throws DomainException {@code award.notEligible} for a nomination that was not found eligible */
	void decide(Outcome newOutcome) {
		if (status != Status.ELIGIBLE) {
			throw new DomainException("award.notEligible");
		}
		outcome = newOutcome;
	}

	boolean isEligible() {
		return status == Status.ELIGIBLE;
	}

	public Long getId() {
		return id;
	}

	public long getCycleId() {
		return cycleId;
	}

	public long getCategoryId() {
		return categoryId;
	}

	public long getCaseId() {
		return caseId;
	}

	public long getOrganisationId() {
		return organisationId;
	}

	public Long getCityId() {
		return cityId;
	}

	public long getNominatedBy() {
		return nominatedBy;
	}

	public String getStatement() {
		return statement;
	}

	public Status getStatus() {
		return status;
	}

	public boolean isAwaitingPublication() {
		return awaitingPublication;
	}

	public String getScreeningReason() {
		return screeningReason;
	}

	public Outcome getOutcome() {
		return outcome;
	}

	public String getSnapshotTitle() {
		return snapshotTitle;
	}

	public String getSnapshotSummary() {
		return snapshotSummary;
	}

	public String getSnapshotBody() {
		return snapshotBody;
	}

	public Instant getFrozenAt() {
		return frozenAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
