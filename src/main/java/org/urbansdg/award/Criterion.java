package org.urbansdg.award;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What judges score, 1 to 10, with its weight in the weighted average. The seven default criteria have a code whose
 * name is translated ({@code award.criterion.<code>}); others show the name the secretariat gave.
 */
@Entity
@Table(name = "award_criterion")
class Criterion {

	static final int MIN_SCORE = 1;

	static final int MAX_SCORE = 10;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "cycle_id")
	private AwardCycle cycle;

	private String code;

	private String name;

	private BigDecimal weight;

	private int position;

	protected Criterion() {
	}

	Criterion(AwardCycle cycle, String code, String name, BigDecimal weight, int position) {
		this.cycle = cycle;
		this.code = code;
		this.name = name;
		this.weight = weight;
		this.position = position;
	}

	public long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public BigDecimal getWeight() {
		return weight;
	}
}
