package org.urbansdg.award;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.urbansdg.shared.DomainException;

/**
 * One judge's scores for one nomination: saved as often as the judge likes, then submitted once, after which it no
 * longer changes.
 */
@Entity
@Table(name = "award_score_sheet")
class ScoreSheet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long nominationId;

	private long userId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "award_score", joinColumns = @JoinColumn(name = "sheet_id"))
	@MapKeyColumn(name = "criterion_id")
	@Column(name = "score")
	private Map<Long, Integer> scores = new HashMap<>();

	private String comment;

	private boolean recommend;

	private String rationale;

	private Instant savedAt;

	private Instant submittedAt;

	@Version
	private long version;

	protected ScoreSheet() {
	}

	ScoreSheet(long nominationId, long userId) {
		this.nominationId = nominationId;
		this.userId = userId;
	}

	/**
	 * Keeps what the judge entered so far. Scores must be 1-10 and for this cycle's criteria.
	 * @throws DomainException {@code award.alreadySubmitted}, {@code award.scoreOutOfRange} or {@code award.unknownCriterion}
	 */
	void save(List<Criterion> criteria, Map<Long, Integer> entered, String newComment, boolean recommended,
			String newRationale, Instant now) {
		if (submittedAt != null) {
			throw new DomainException("award.alreadySubmitted");
		}
		for (Map.Entry<Long, Integer> e : entered.entrySet()) {
			if (criteria.stream().noneMatch(c -> c.getId() == e.getKey())) {
				throw new DomainException("award.unknownCriterion");
			}
			if (e.getValue() != null && (e.getValue() < Criterion.MIN_SCORE || e.getValue() > Criterion.MAX_SCORE)) {
				throw new DomainException("award.scoreOutOfRange", Criterion.MIN_SCORE, Criterion.MAX_SCORE);
			}
		}
		entered.forEach((criterion, score) -> {
			if (score == null) {
				scores.remove(criterion);
			}
			else {
				scores.put(criterion, score);
			}
		});
		comment = blankToNull(newComment);
		recommend = recommended;
		rationale = blankToNull(newRationale);
		savedAt = now;
	}

	/** @throws DomainException {@code award.incompleteScores} or {@code award.rationaleRequired} */
	void submit(List<Criterion> criteria, Instant now) {
		if (submittedAt != null) {
			throw new DomainException("award.alreadySubmitted");
		}
		if (criteria.stream().anyMatch(c -> !scores.containsKey(c.getId()))) {
			throw new DomainException("award.incompleteScores");
		}
		if (recommend && rationale == null) {
			throw new DomainException("award.rationaleRequired");
		}
		submittedAt = now;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public Long getId() {
		return id;
	}

	public long getNominationId() {
		return nominationId;
	}

	public long getUserId() {
		return userId;
	}

	public Map<Long, Integer> getScores() {
		return scores;
	}

	public String getComment() {
		return comment;
	}

	public boolean isRecommend() {
		return recommend;
	}

	public String getRationale() {
		return rationale;
	}

	public Instant getSavedAt() {
		return savedAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public boolean isSubmitted() {
		return submittedAt != null;
	}
}
