package org.urbansdg.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DomainException;

/**
 * A conference, meeting, forum, webinar, training or partner event. Its start and end are instants, entered and shown
 * in the event's own IANA time zone; {@link #schedule} refuses an unknown zone and an end that is not after the start.
 */
@Entity
@Table(name = "calendar_event")
public class CalendarEvent {

	/** The length of calendar_event_question.question. */
	static final int MAX_QUESTION = 300;

	/** What the organiser writes about an event, checked by {@link CalendarEvent#schedule}. */
	record Details(String title, String description, EventType type, LocalDateTime start, LocalDateTime end,
			String timeZone, String venue, String city, String countryCode, String onlineUrl, Organisation organiser,
			Set<Organisation> partners, Set<Integer> goals, String language, RegistrationMode registrationMode,
			String registrationUrl, Integer capacity, List<String> questions) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	private EventType type;

	private Instant startsAt;

	private Instant endsAt;

	private String timeZone;

	private String venue;

	private String city;

	private String countryCode;

	private String onlineUrl;

	@ManyToOne(optional = false, fetch = FetchType.EAGER)
	private Organisation organiser;

	// Each collection by a batched query of its own (docs/architecture.md, Data): joined, they would multiply into a
	// row per combination, each with the event's text.
	@ManyToMany(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@JoinTable(name = "calendar_event_partner", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "organisation_id"))
	private Set<Organisation> partners = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "calendar_event_goal", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "goal_number")
	private Set<Integer> goals = new TreeSet<>();

	private String language;

	@Enumerated(EnumType.STRING)
	private RegistrationMode registrationMode;

	private String registrationUrl;

	private Integer capacity;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "calendar_event_question", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "position")
	@Column(name = "question")
	private List<String> questions = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	protected CalendarEvent() {
	}

	CalendarEvent(Details details, Instant now) {
		this.createdAt = now;
		schedule(details, now);
	}

	/**
	 * Sets what the organiser wrote.
	 * @throws DomainException {@code calendar.unknownZone}, {@code calendar.endBeforeStart},
	 * {@code calendar.registrationUrlMissing} or {@code calendar.capacityMissing}; nothing changes then
	 */
	void schedule(Details d, Instant now) {
		ZoneId zone = zone(d.timeZone());
		Instant start = d.start().atZone(zone).toInstant();
		Instant end = d.end().atZone(zone).toInstant();
		if (!end.isAfter(start)) {
			throw new DomainException("calendar.endBeforeStart");
		}
		if (d.registrationMode() == RegistrationMode.EXTERNAL && blank(d.registrationUrl())) {
			throw new DomainException("calendar.registrationUrlMissing");
		}
		if (d.registrationMode() == RegistrationMode.PLATFORM && (d.capacity() == null || d.capacity() < 1)) {
			throw new DomainException("calendar.capacityMissing");
		}
		title = d.title().strip();
		description = d.description();
		type = d.type();
		startsAt = start;
		endsAt = end;
		timeZone = zone.getId();
		venue = emptyToNull(d.venue());
		city = emptyToNull(d.city());
		countryCode = emptyToNull(d.countryCode());
		onlineUrl = emptyToNull(d.onlineUrl());
		organiser = d.organiser();
		partners.clear();
		partners.addAll(d.partners());
		goals.clear();
		goals.addAll(d.goals());
		language = d.language();
		registrationMode = d.registrationMode();
		registrationUrl = d.registrationMode() == RegistrationMode.EXTERNAL ? d.registrationUrl().strip() : null;
		capacity = d.registrationMode() == RegistrationMode.PLATFORM ? d.capacity() : null;
		questions.clear();
		if (d.registrationMode() == RegistrationMode.PLATFORM) {
			d.questions().stream().map(String::strip).filter(q -> !q.isEmpty()).forEach(questions::add);
		}
		updatedAt = now;
	}

	/** @throws DomainException {@code calendar.unknownZone} for anything that is not an IANA zone id */
	static ZoneId zone(String id) {
		if (blank(id) || !ZoneId.getAvailableZoneIds().contains(id.strip())) {
			throw new DomainException("calendar.unknownZone", id == null ? "" : id);
		}
		try {
			return ZoneId.of(id.strip());
		}
		catch (DateTimeException ex) {
			throw new DomainException("calendar.unknownZone", id);
		}
	}

	/**
	 * Whether someone may still register at this moment.
	 * @throws DomainException {@code calendar.registration.notOnPlatform} or {@code calendar.registration.past}
	 */
	void checkOpenForRegistration(Instant now) {
		if (registrationMode != RegistrationMode.PLATFORM) {
			throw new DomainException("calendar.registration.notOnPlatform");
		}
		if (!startsAt.isAfter(now)) {
			throw new DomainException("calendar.registration.past");
		}
	}

	boolean isPast(Instant now) {
		return !endsAt.isAfter(now);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String emptyToNull(String s) {
		return blank(s) ? null : s.strip();
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

	public EventType getType() {
		return type;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public ZonedDateTime getLocalStart() {
		return startsAt.atZone(ZoneId.of(timeZone));
	}

	public ZonedDateTime getLocalEnd() {
		return endsAt.atZone(ZoneId.of(timeZone));
	}

	public String getVenue() {
		return venue;
	}

	public String getCity() {
		return city;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public String getOnlineUrl() {
		return onlineUrl;
	}

	public boolean isOnline() {
		return onlineUrl != null;
	}

	public Organisation getOrganiser() {
		return organiser;
	}

	public Set<Organisation> getPartners() {
		return partners;
	}

	public Set<Integer> getGoals() {
		return new TreeSet<>(goals);
	}

	public String getLanguage() {
		return language;
	}

	public RegistrationMode getRegistrationMode() {
		return registrationMode;
	}

	public String getRegistrationUrl() {
		return registrationUrl;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public List<String> getQuestions() {
		return List.copyOf(questions);
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
