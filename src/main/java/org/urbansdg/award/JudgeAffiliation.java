package org.urbansdg.award;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The organisation (and its city) a judge was affiliated with during a cycle, recorded at assignment and at each
 * change until the results are published. Never changed or removed: conflicts of interest count every record.
 */
@Entity
@Table(name = "award_judge_affiliation")
class JudgeAffiliation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long cycleId;

	private long userId;

	private Long organisationId;

	private Long cityId;

	private Instant recordedAt;

	private boolean changed;

	protected JudgeAffiliation() {
	}

	JudgeAffiliation(long cycleId, long userId, Long organisationId, Long cityId, Instant now, boolean changed) {
		this.cycleId = cycleId;
		this.userId = userId;
		this.organisationId = organisationId;
		this.cityId = cityId;
		this.recordedAt = now;
		this.changed = changed;
	}

	boolean sameAs(Long organisation, Long city) {
		return Objects.equals(organisationId, organisation) && Objects.equals(cityId, city);
	}

	public long getCycleId() {
		return cycleId;
	}

	public long getUserId() {
		return userId;
	}

	/** {@code null} when the judge named no organisation. */
	public Long getOrganisationId() {
		return organisationId;
	}

	public Long getCityId() {
		return cityId;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	/** Recorded after the first: the judge's affiliation changed during the cycle. */
	public boolean isChanged() {
		return changed;
	}
}
