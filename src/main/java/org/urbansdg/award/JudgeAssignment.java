package org.urbansdg.award;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A judge (a user with the judge role) assigned to judge one category of a cycle. */
@Entity
@Table(name = "award_judge")
class JudgeAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private long categoryId;

	private long userId;

	protected JudgeAssignment() {
	}

	JudgeAssignment(long cycleId, long categoryId, long userId) {
		this.cycleId = cycleId;
		this.categoryId = categoryId;
		this.userId = userId;
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

	public long getUserId() {
		return userId;
	}
}
