package org.urbansdg.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.urbansdg.member.Organisation;

/** A training session with a call for applications: dates, venue, seats, a deadline and its own questions. */
@Entity
@Table(name = "training_session")
public class TrainingSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "host_organisation_id")
	private Organisation host;

	private String venue;

	private String language;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private int seats;

	private Instant applicationDeadline;

	private String eligibility;

	/** The secretariat's own questions, one a line. */
	private String questions;

	/** Days a participant must attend for a certificate of attendance. */
	private int daysRequired;

	private long createdBy;

	/** Documents every applicant sends, one a line. */
	private String requiredDocuments;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "training_partner", joinColumns = @JoinColumn(name = "session_id"),
			inverseJoinColumns = @JoinColumn(name = "organisation_id"))
	private Set<Organisation> partners = new LinkedHashSet<>();

	protected TrainingSession() {
	}

	TrainingSession(String title, String description, Organisation host, String venue, String language,
			LocalDate startsOn, LocalDate endsOn, int seats, Instant applicationDeadline, String eligibility,
			String questions, int daysRequired, long createdBy) {
		revise(title, description, host, venue, language, startsOn, endsOn, seats, applicationDeadline, eligibility,
				questions, daysRequired);
		this.createdBy = createdBy;
	}

	/** What the secretariat can change after announcing the session; the seats already given stay given. */
	void revise(String title, String description, Organisation host, String venue, String language,
			LocalDate startsOn, LocalDate endsOn, int seats, Instant applicationDeadline, String eligibility,
			String questions, int daysRequired) {
		this.title = title;
		this.description = description;
		this.host = host;
		this.venue = venue;
		this.language = language;
		this.startsOn = startsOn;
		this.endsOn = endsOn.isBefore(startsOn) ? startsOn : endsOn;
		this.seats = Math.max(1, seats);
		this.applicationDeadline = applicationDeadline;
		this.eligibility = eligibility;
		this.questions = questions;
		this.daysRequired = Math.max(1, daysRequired);
	}

	void partnersAndDocuments(Set<Organisation> organisations, String documents) {
		partners.clear();
		partners.addAll(organisations);
		this.requiredDocuments = documents == null || documents.isBlank() ? null : documents.strip();
	}

	public List<String> requiredDocumentList() {
		return requiredDocuments == null ? List.of()
				: requiredDocuments.lines().map(String::strip).filter(d -> !d.isEmpty()).toList();
	}

	public String getRequiredDocuments() {
		return requiredDocuments;
	}

	public String getQuestions() {
		return questions;
	}

	public Set<Organisation> getPartners() {
		return partners;
	}

	boolean isOpen(Instant now) {
		return now.isBefore(applicationDeadline);
	}

	public List<String> questionList() {
		return questions == null ? List.of() : questions.lines().map(String::strip).filter(q -> !q.isEmpty()).toList();
	}

	/** Every day of the session, for attendance. */
	public List<LocalDate> days() {
		return startsOn.datesUntil(endsOn.plusDays(1)).toList();
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public Organisation getHost() {
		return host;
	}

	public String getVenue() {
		return venue;
	}

	public String getLanguage() {
		return language;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public int getSeats() {
		return seats;
	}

	public Instant getApplicationDeadline() {
		return applicationDeadline;
	}

	public String getEligibility() {
		return eligibility;
	}

	public int getDaysRequired() {
		return daysRequired;
	}

	public long getCreatedBy() {
		return createdBy;
	}
}
