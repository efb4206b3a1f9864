package org.urbansdg.award;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.urbansdg.shared.DomainException;

/**
 * One year's awards: what is recognised (categories), how it is judged (weighted criteria) and when each step is
 * open. Each window is half-open, [opens, closes): an action at the closing instant is already too late.
 */
@Entity
@Table(name = "award_cycle")
class AwardCycle {

	/** The seven criteria used in practice, equally weighted unless the secretariat changes them. */
	static final List<String> DEFAULT_CRITERIA = List.of("innovation", "leadership", "implementation", "quality",
			"outcomes", "sustainability", "replicability");

	/** Where a cycle is in its timeline at a given instant. */
	public enum Phase {
		UPCOMING, NOMINATIONS, SCREENING, JUDGING, DELIBERATION, RESULTS
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private int year;

	private String description;

	private String eligibility;

	private String timeZone;

	private Instant nominationsOpen;

	private Instant nominationsClose;

	private Instant screeningClose;

	private Instant votingOpen;

	private Instant votingClose;

	private Instant judgingOpen;

	private Instant judgingClose;

	private Instant resultsAt;

	private boolean normaliseScores;

	private Instant reminderSentAt;

	private boolean resultsPublished;

	private Instant createdAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("position")
	private List<Category> categories = new ArrayList<>();

	@OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("position")
	private List<Criterion> criteria = new ArrayList<>();

	protected AwardCycle() {
	}

	AwardCycle(String name, int year, String description, String eligibility, ZoneId zone, Timeline timeline,
			Instant now) {
		this.name = name;
		this.year = year;
		this.description = description;
		this.eligibility = eligibility;
		this.timeZone = zone.getId();
		this.createdAt = now;
		reschedule(timeline);
	}

	/** The instants of a cycle's timeline, checked to follow one another. */
	record Timeline(Instant nominationsOpen, Instant nominationsClose, Instant screeningClose, Instant votingOpen,
			Instant votingClose, Instant judgingOpen, Instant judgingClose, Instant resultsAt) {

		/** @throws DomainException {@code award.badTimeline} when a step ends before it starts or before the one it needs */
		Timeline {
			boolean ordered = nominationsOpen.isBefore(nominationsClose) && !screeningClose.isBefore(nominationsClose)
					&& !votingOpen.isBefore(screeningClose) && votingOpen.isBefore(votingClose)
					&& !judgingOpen.isBefore(screeningClose) && judgingOpen.isBefore(judgingClose)
					&& !resultsAt.isBefore(judgingClose) && !resultsAt.isBefore(votingClose);
			if (!ordered) {
				throw new DomainException("award.badTimeline");
			}
		}
	}

	void reschedule(Timeline t) {
		nominationsOpen = t.nominationsOpen();
		nominationsClose = t.nominationsClose();
		screeningClose = t.screeningClose();
		votingOpen = t.votingOpen();
		votingClose = t.votingClose();
		judgingOpen = t.judgingOpen();
		judgingClose = t.judgingClose();
		resultsAt = t.resultsAt();
	}

	Timeline timeline() {
		return new Timeline(nominationsOpen, nominationsClose, screeningClose, votingOpen, votingClose, judgingOpen,
				judgingClose, resultsAt);
	}

	void addCategory(String categoryName) {
		categories.add(new Category(this, categoryName, categories.size()));
	}

	void addCriterion(String code, String criterionName, java.math.BigDecimal weight) {
		criteria.add(new Criterion(this, code, criterionName, weight, criteria.size()));
	}

	void setNormaliseScores(boolean normalise) {
		this.normaliseScores = normalise;
	}

	/** @throws DomainException {@code award.unknownCategory} when the id is not one of this cycle's categories */
	Category category(long categoryId) {
		return categories.stream().filter(c -> c.getId() == categoryId).findFirst()
			.orElseThrow(() -> new DomainException("award.unknownCategory"));
	}

	static boolean within(Instant now, Instant opens, Instant closes) {
		return !now.isBefore(opens) && now.isBefore(closes);
	}

	boolean nominationsOpenAt(Instant now) {
		return within(now, nominationsOpen, nominationsClose);
	}

	boolean votingOpenAt(Instant now) {
		return within(now, votingOpen, votingClose);
	}

	boolean judgingOpenAt(Instant now) {
		return within(now, judgingOpen, judgingClose);
	}

	boolean nominationsClosedAt(Instant now) {
		return !now.isBefore(nominationsClose);
	}

	boolean votingClosedAt(Instant now) {
		return !now.isBefore(votingClose);
	}

	boolean judgingClosedAt(Instant now) {
		return !now.isBefore(judgingClose);
	}

	/** Screening runs from the first nomination until the screening deadline. */
	boolean screeningOpenAt(Instant now) {
		return !now.isBefore(nominationsOpen) && now.isBefore(screeningClose);
	}

	void requireNominationsOpen(Instant now) {
		if (!nominationsOpenAt(now)) {
			throw new DomainException("award.nominationsClosed");
		}
	}

	void requireVotingOpen(Instant now) {
		if (!votingOpenAt(now)) {
			throw new DomainException("award.votingClosed");
		}
	}

	void requireJudgingOpen(Instant now) {
		if (!judgingOpenAt(now)) {
			throw new DomainException("award.judgingClosed");
		}
	}

	void requireScreeningOpen(Instant now) {
		if (!screeningOpenAt(now)) {
			throw new DomainException("award.screeningClosed");
		}
	}

	/** Finalists and winners are chosen once judging has closed and before results are published. */
	void requireDeliberation(Instant now) {
		if (!judgingClosedAt(now) || resultsPublished) {
			throw new DomainException("award.notDeliberating");
		}
	}

	void publishResults(Instant now) {
		if (resultsPublished) {
			throw new DomainException("award.alreadyPublished");
		}
		if (now.isBefore(resultsAt) || !votingClosedAt(now)) {
			throw new DomainException("award.resultsNotDue");
		}
		resultsPublished = true;
	}

	public Phase phase(Instant now) {
		if (resultsPublished) {
			return Phase.RESULTS;
		}
		if (now.isBefore(nominationsOpen)) {
			return Phase.UPCOMING;
		}
		if (now.isBefore(nominationsClose)) {
			return Phase.NOMINATIONS;
		}
		if (now.isBefore(judgingOpen) && now.isBefore(screeningClose)) {
			return Phase.SCREENING;
		}
		if (now.isBefore(judgingClose)) {
			return Phase.JUDGING;
		}
		return Phase.DELIBERATION;
	}

	void markReminderSent(Instant now) {
		this.reminderSentAt = now;
	}

	public ZonedDateTime zoned(Instant instant) {
		return instant.atZone(ZoneId.of(timeZone));
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public int getYear() {
		return year;
	}

	public String getDescription() {
		return description;
	}

	public String getEligibility() {
		return eligibility;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public Instant getNominationsOpen() {
		return nominationsOpen;
	}

	public Instant getNominationsClose() {
		return nominationsClose;
	}

	public Instant getScreeningClose() {
		return screeningClose;
	}

	public Instant getVotingOpen() {
		return votingOpen;
	}

	public Instant getVotingClose() {
		return votingClose;
	}

	public Instant getJudgingOpen() {
		return judgingOpen;
	}

	public Instant getJudgingClose() {
		return judgingClose;
	}

	public Instant getResultsAt() {
		return resultsAt;
	}

	public boolean isNormaliseScores() {
		return normaliseScores;
	}

	public Instant getReminderSentAt() {
		return reminderSentAt;
	}

	public boolean isResultsPublished() {
		return resultsPublished;
	}

	public List<Category> getCategories() {
		return categories;
	}

	public List<Criterion> getCriteria() {
		return criteria;
	}

	/** The steps of the timeline in order, for the cycle page. */
	public List<Step> getSteps() {
		ZoneId zone = ZoneId.of(timeZone);
		return List.of(new Step("nominations", nominationsOpen.atZone(zone), nominationsClose.atZone(zone)),
				new Step("screening", nominationsClose.atZone(zone), screeningClose.atZone(zone)),
				new Step("voting", votingOpen.atZone(zone), votingClose.atZone(zone)),
				new Step("judging", judgingOpen.atZone(zone), judgingClose.atZone(zone)),
				new Step("results", resultsAt.atZone(zone), null));
	}

	public record Step(String code, ZonedDateTime from, ZonedDateTime until) {
	}
}
