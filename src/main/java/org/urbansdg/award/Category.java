package org.urbansdg.award;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A category of a cycle, such as "city climate action"; nominations, judges and votes belong to one. */
@Entity
@Table(name = "award_category")
class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "cycle_id")
	private AwardCycle cycle;

	private String name;

	private int position;

	protected Category() {
	}

	Category(AwardCycle cycle, String name, int position) {
		this.cycle = cycle;
		this.name = name;
		this.position = position;
	}

	public long getId() {
		return id;
	}

	public String getName() {
		return name;
	}
}
