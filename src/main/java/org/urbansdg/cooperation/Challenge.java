package org.urbansdg.cooperation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DomainException;

/**
 * A member city's challenge: what it needs help with, on which SDG targets, by when. Open until its organisation
 * marks it solved, or until the job expires it once the date and a grace period have passed. Country and population
 * are those of the organisation and its city when it was posted.
 */
@Entity
@Table(name = "challenge")
class Challenge {

	enum Status {
		OPEN, SOLVED, EXPIRED
	}

	/** The size of the city, as the page shows it and the matcher compares it. */
	enum PopulationBand {
		SMALL(0), MEDIUM(250_000), LARGE(1_000_000), VERY_LARGE(5_000_000);

		private final long from;

		PopulationBand(long from) {
			this.from = from;
		}

		static PopulationBand of(Long population) {
			if (population == null) {
				return null;
			}
			PopulationBand band = SMALL;
			for (PopulationBand b : values()) {
				if (population >= b.from) {
					band = b;
				}
			}
			return band;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	private long createdBy;

	private String title;

	private String description;

	private String countryCode;

	private Long population;

	private LocalDate neededBy;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant createdAt;

	private Instant closedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "challenge_target", joinColumns = @JoinColumn(name = "challenge_id"))
	@Column(name = "target_code")
	private Set<String> targets = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "challenge_theme", joinColumns = @JoinColumn(name = "challenge_id"))
	@Column(name = "theme_code")
	private Set<String> themes = new LinkedHashSet<>();

	protected Challenge() {
	}

	Challenge(Organisation organisation, long createdBy, String title, String description, Set<String> targets,
			Set<String> themes, LocalDate neededBy, Instant now) {
		this.organisation = organisation;
		this.createdBy = createdBy;
		this.title = title.strip();
		this.description = description.strip();
		this.countryCode = organisation.getCountryCode();
		this.population = organisation.getCity() == null ? null : organisation.getCity().getPopulation();
		this.targets.addAll(targets);
		this.themes.addAll(themes);
		this.neededBy = neededBy;
		this.status = Status.OPEN;
		this.createdAt = now;
	}

	/** The owner found what it needed. */
	void solve(Instant now) {
		requireOpen();
		status = Status.SOLVED;
		closedAt = now;
	}

	/** Expires an open challenge whose date, plus the grace days, has passed; whether it did. */
	boolean expireIfDue(LocalDate today, int graceDays) {
		if (status != Status.OPEN || !neededBy.plusDays(graceDays).isBefore(today)) {
			return false;
		}
		status = Status.EXPIRED;
		closedAt = today.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
		return true;
	}

	/** @throws DomainException {@code challenge.notOpen} once solved or expired */
	void requireOpen() {
		if (status != Status.OPEN) {
			throw new DomainException("challenge.notOpen");
		}
	}

	public boolean isOpen() {
		return status == Status.OPEN;
	}

	/** The goal numbers of its targets, in order. */
	public Set<Integer> goals() {
		Set<Integer> goals = new TreeSet<>();
		for (String code : targets) {
			int dot = code.indexOf('.');
			if (dot > 0) {
				goals.add(Integer.valueOf(code.substring(0, dot)));
			}
		}
		return goals;
	}

	public PopulationBand band() {
		return PopulationBand.of(population);
	}

	/** Loads what the pages show while the transaction is open. */
	Challenge loaded() {
		targets.size();
		themes.size();
		organisation.getName();
		if (organisation.getCity() != null) {
			organisation.getCity().getName();
		}
		return this;
	}

	public Long getId() {
		return id;
	}

	public Organisation getOrganisation() {
		return organisation;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public Long getPopulation() {
		return population;
	}

	public LocalDate getNeededBy() {
		return neededBy;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Set<String> getTargets() {
		return targets;
	}

	public Set<String> getThemes() {
		return themes;
	}
}
