package org.urbansdg.cooperation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
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
 * One organisation asking another to learn from one of its published cases, from the asking to the outcome. Each step
 * checks the status it starts from and refuses any other with a {@link DomainException} whose key says why, changing
 * nothing. Public with public getters for the templates only (SpEL reads public methods); the steps stay
 * package-private. Who may take a step is {@link CooperationPermissions}' business, checked by {@link Cooperations} first.
 */
@Entity
@Table(name = "cooperation_request")
public class CooperationRequest {

	static final int MAX_AIM = 4000;

	static final int MAX_REGION = 200;

	static final int MAX_CONSTRAINTS = 2000;

	static final int MAX_REASON = 2000;

	static final int MAX_NOTE = 4000;

	static final int MAX_FIGURES = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Two answers sent at once: the second fails instead of overwriting the first. */
	@Version
	private long version;

	private long caseStudyId;

	private long ownerOrganisationId;

	private long requestingOrganisationId;

	private long requestedBy;

	private Long challengeId;

	@ElementCollection
	@CollectionTable(name = "cooperation_request_help", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "kind")
	@Enumerated(EnumType.STRING)
	private Set<HelpKind> help = EnumSet.noneOf(HelpKind.class);

	private String aim;

	@Enumerated(EnumType.STRING)
	private PopulationBand populationBand;

	@Enumerated(EnumType.STRING)
	private BudgetBand budgetBand;

	private String region;

	@ElementCollection
	@CollectionTable(name = "cooperation_request_target", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "target_code")
	private Set<String> targets = new LinkedHashSet<>();

	private String constraints;

	private String preferredLanguage;

	@Enumerated(EnumType.STRING)
	private Timeframe timeframe;

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	private Long contactUserId;

	private Long answeredBy;

	private String declineReason;

	private Instant requestedAt;

	private Instant answeredAt;

	private Instant startedAt;

	private Instant closedAt;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private String outcomeNote;

	private String outcomeFigures;

	private Long adaptedCaseStudyId;

	private Instant ownerAgreedToPublishAt;

	private Instant requesterAgreedToPublishAt;

	private Instant takenUpAnnouncedAt;

	/** Markers for the reminder jobs, so that each reminder goes out once (coop-broker's {@code CooperationJobs}). */
	private Instant overdueRemindedAt;

	@Column(name = "reminded_6m_at")
	private Instant reminded6mAt;

	@Column(name = "reminded_12m_at")
	private Instant reminded12mAt;

	protected CooperationRequest() {
	}

	/** What the requesting city says about what it wants and where it stands. */
	record Context(PopulationBand populationBand, BudgetBand budgetBand, String region, Set<String> targets,
			String constraints) {
	}

	CooperationRequest(long caseStudyId, long ownerOrganisationId, long requestingOrganisationId, long requestedBy,
			Long challengeId, Set<HelpKind> help, String aim, Context context, String preferredLanguage,
			Timeframe timeframe, Instant now) {
		if (ownerOrganisationId == requestingOrganisationId) {
			throw new DomainException("cooperation.ask.ownOrganisation");
		}
		if (help == null || help.isEmpty()) {
			throw new DomainException("cooperation.ask.helpMissing");
		}
		if (aim == null || aim.isBlank() || aim.length() > MAX_AIM) {
			throw new DomainException("cooperation.ask.aimMissing");
		}
		this.caseStudyId = caseStudyId;
		this.ownerOrganisationId = ownerOrganisationId;
		this.requestingOrganisationId = requestingOrganisationId;
		this.requestedBy = requestedBy;
		this.challengeId = challengeId;
		this.help = EnumSet.copyOf(help);
		this.aim = aim.strip();
		this.populationBand = context.populationBand();
		this.budgetBand = context.budgetBand();
		this.region = blankToNull(context.region());
		this.targets = new LinkedHashSet<>(context.targets());
		this.constraints = blankToNull(context.constraints());
		this.preferredLanguage = preferredLanguage;
		this.timeframe = timeframe;
		this.status = RequestStatus.REQUESTED;
		this.requestedAt = now;
	}

	/** The owner's side takes it on, optionally naming the person the requester can contact. */
	void accept(long by, Long contactUserId, Instant now) {
		requireStatus(RequestStatus.REQUESTED, "cooperation.transition.notRequested");
		this.status = RequestStatus.ACCEPTED;
		this.contactUserId = contactUserId;
		answered(by, now);
	}

	/** The owner's side says no, and why. */
	void decline(long by, String reason, Instant now) {
		requireStatus(RequestStatus.REQUESTED, "cooperation.transition.notRequested");
		if (reason == null || reason.isBlank()) {
			throw new DomainException("cooperation.decline.reasonMissing");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new DomainException("cooperation.decline.reasonTooLong", MAX_REASON);
		}
		this.status = RequestStatus.DECLINED;
		this.declineReason = reason.strip();
		answered(by, now);
	}

	private void answered(long by, Instant now) {
		this.answeredBy = by;
		this.answeredAt = now;
	}

	/** The requester's side no longer asks; only before an answer. */
	void withdraw(Instant now) {
		requireStatus(RequestStatus.REQUESTED, "cooperation.transition.notWithdrawable");
		this.status = RequestStatus.WITHDRAWN;
		this.closedAt = now;
	}

	/** Work begins on an accepted request. */
	void start(Instant now) {
		requireStatus(RequestStatus.ACCEPTED, "cooperation.transition.notAccepted");
		this.status = RequestStatus.IN_PROGRESS;
		this.startedAt = now;
	}

	/** What came of it; only while the work is in progress. */
	void close(Outcome outcome, String note, String figures, Long adaptedCaseStudyId, Instant now) {
		requireStatus(RequestStatus.IN_PROGRESS, "cooperation.transition.notInProgress");
		if (outcome == null) {
			throw new DomainException("cooperation.close.outcomeMissing");
		}
		if ((note != null && note.strip().length() > MAX_NOTE) || (figures != null && figures.strip().length() > MAX_FIGURES)) {
			throw new DomainException("cooperation.close.tooLong");
		}
		this.status = RequestStatus.CLOSED;
		this.outcome = outcome;
		this.outcomeNote = blankToNull(note);
		this.outcomeFigures = blankToNull(figures);
		this.adaptedCaseStudyId = adaptedCaseStudyId;
		this.closedAt = now;
	}

	/**
	 * One organisation agrees that the outcome may be made public; agreeing again changes nothing.
	 * @param ownerSide the owning organisation agrees, else the requesting one
	 */
	void agreeToPublish(boolean ownerSide, Instant now) {
		requireStatus(RequestStatus.CLOSED, "cooperation.transition.notClosed");
		if (ownerSide && ownerAgreedToPublishAt == null) {
			ownerAgreedToPublishAt = now;
		}
		else if (!ownerSide && requesterAgreedToPublishAt == null) {
			requesterAgreedToPublishAt = now;
		}
	}

	/** Both organisations agreed, so the outcome may be shown in public. */
	public boolean isPublic() {
		return status == RequestStatus.CLOSED && ownerAgreedToPublishAt != null && requesterAgreedToPublishAt != null;
	}

	/** A public replication or adaptation not yet announced to the case-study module. */
	boolean isTakenUpToAnnounce() {
		return isPublic() && outcome.uptake() != null && takenUpAnnouncedAt == null;
	}

	void takenUpAnnounced(Instant now) {
		this.takenUpAnnouncedAt = now;
	}

	/** Accepted at some point: the owner team's contact details are the requester's to see. */
	public boolean wasAccepted() {
		return status == RequestStatus.ACCEPTED || status == RequestStatus.IN_PROGRESS || status == RequestStatus.CLOSED;
	}

	/** Reminder markers for the reminder jobs, set in the transaction that sends the reminder. */
	void overdueReminded(Instant now) {
		this.overdueRemindedAt = now;
	}

	void remindedAfterSixMonths(Instant now) {
		this.reminded6mAt = now;
	}

	void remindedAfterTwelveMonths(Instant now) {
		this.reminded12mAt = now;
	}

	private void requireStatus(RequestStatus expected, String key) {
		if (status != expected) {
			throw new DomainException(key);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Long getId() {
		return id;
	}

	public long getCaseStudyId() {
		return caseStudyId;
	}

	public long getOwnerOrganisationId() {
		return ownerOrganisationId;
	}

	public long getRequestingOrganisationId() {
		return requestingOrganisationId;
	}

	public long getRequestedBy() {
		return requestedBy;
	}

	public Long getChallengeId() {
		return challengeId;
	}

	public Set<HelpKind> getHelp() {
		return help;
	}

	public String getAim() {
		return aim;
	}

	public PopulationBand getPopulationBand() {
		return populationBand;
	}

	public BudgetBand getBudgetBand() {
		return budgetBand;
	}

	public String getRegion() {
		return region;
	}

	public Set<String> getTargets() {
		return targets;
	}

	public String getConstraints() {
		return constraints;
	}

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	public Timeframe getTimeframe() {
		return timeframe;
	}

	public RequestStatus getStatus() {
		return status;
	}

	public Long getContactUserId() {
		return contactUserId;
	}

	public Long getAnsweredBy() {
		return answeredBy;
	}

	public String getDeclineReason() {
		return declineReason;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

	public Instant getAnsweredAt() {
		return answeredAt;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Outcome getOutcome() {
		return outcome;
	}

	public String getOutcomeNote() {
		return outcomeNote;
	}

	public String getOutcomeFigures() {
		return outcomeFigures;
	}

	public Long getAdaptedCaseStudyId() {
		return adaptedCaseStudyId;
	}

	public Instant getOwnerAgreedToPublishAt() {
		return ownerAgreedToPublishAt;
	}

	public Instant getRequesterAgreedToPublishAt() {
		return requesterAgreedToPublishAt;
	}

	public Instant getTakenUpAnnouncedAt() {
		return takenUpAnnouncedAt;
	}

	public Instant getOverdueRemindedAt() {
		return overdueRemindedAt;
	}

	public Instant getReminded6mAt() {
		return reminded6mAt;
	}

	public Instant getReminded12mAt() {
		return reminded12mAt;
	}
}
