package org.urbansdg.award;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a cycle's decision log: who decided what, and when. Entries are never changed. */
@Entity
@Table(name = "award_decision")
class Decision {

	public enum Kind {
		CYCLE_CREATED, SCREENED_ELIGIBLE, SCREENED_INELIGIBLE, CATEGORY_CHANGED, JUDGE_ASSIGNED,
		JUDGE_AFFILIATION_CHANGED, OUTCOME, RESULTS_PUBLISHED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private Long nominationId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String detail;

	private long actorId;

	private String actorName;

	private Instant decidedAt;

	protected Decision() {
	}

	Decision(long cycleId, Long nominationId, Kind kind, String detail, long actorId, String actorName, Instant now) {
		this.cycleId = cycleId;
		this.nominationId = nominationId;
		this.kind = kind;
		this.detail = detail;
		this.actorId = actorId;
		this.actorName = actorName;
		this.decidedAt = now;
	}

	public Long getNominationId() {
		return nominationId;
	}

	public Kind getKind() {
		return kind;
	}

	public String getDetail() {
		return detail;
	}

	public String getActorName() {
		return actorName;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}
}
