package org.urbansdg.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.certificate.Certificate;
import org.urbansdg.certificate.Certificates;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;
import org.urbansdg.shared.UploadCheck;

/**
 * Training sessions and their applications: applying before the deadline, decisions within the seats, confirming or
 * giving up a seat (which goes to the first on the waitlist), attendance, and certificates of attendance.
 */
@Service
@Transactional(readOnly = true)
public class Trainings {

	static final String SOURCE = "application";

	/** A supporting document sent with an application, already checked by content and size. */
	record Document(String label, UploadCheck.CheckedFile file) {
	}

	/** What the session form says, checked by the controller. */
	record Details(String title, String description, Long hostId, Set<Long> partnerIds, String venue, String language,
			LocalDate startsOn, LocalDate endsOn, int seats, Instant deadline, String eligibility,
			String questions, int daysRequired, String requiredDocuments) {
	}

	private final TrainingSessionRepository sessions;

	private final TrainingApplicationRepository applications;

	private final Certificates certificates;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final TrainingDocumentRepository documents;

	private final Members members;

	private final Clock clock;

	Trainings(TrainingSessionRepository sessions, TrainingApplicationRepository applications,
			Certificates certificates, Accounts accounts, ApplicationEventPublisher events,
			TrainingDocumentRepository documents, Members members, Optional<Clock> clock) {
		this.documents = documents;
		this.members = members;
		this.sessions = sessions;
		this.applications = applications;
		this.certificates = certificates;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** A session on the teaching dashboard, which lists the sessions its viewer manages. */
	public record Summary(long id, String title) {
	}

	public List<TrainingSession> all() {
		return sessions.findAllByOrderByStartsOnDesc();
	}

	/** The sessions the actor manages (the secretariat: all), latest first. */
	public List<Summary> managedBy(Actor actor) {
		return all().stream().filter(s -> TrainingPermissions.canManage(actor, s))
			.map(s -> new Summary(s.getId(), s.getTitle())).toList();
	}

	TrainingSession get(long id) {
		TrainingSession session = sessions.findById(id).orElseThrow(NotFoundException::new);
		if (session.getHost() != null) {
			session.getHost().getName();
		}
		session.getPartners().forEach(o -> o.getName());
		return session;
	}

	boolean isOpen(TrainingSession session) {
		return session.isOpen(clock.instant());
	}

	@Transactional
	long create(Actor actor, TrainingSession session) {
		TrainingPermissions.requireCreator(actor);
		return sessions.save(session).getId();
	}

	/** A new session from the form; the creator (secretariat or trainer) manages its applications. */
	@Transactional
	long create(Actor actor, Details d) {
		TrainingSession session = new TrainingSession(d.title().strip(), d.description(), organisation(d.hostId()),
				d.venue().strip(), d.language(), d.startsOn(), d.endsOn(), d.seats(), d.deadline(),
				blankToNull(d.eligibility()), blankToNull(d.questions()), d.daysRequired(), actor.userId());
		session.partnersAndDocuments(partners(d.partnerIds()), d.requiredDocuments());
		return create(actor, session);
	}

	/**
	 * Changes a session. Seats cannot drop below the seats already given: those people were told they have a place.
	 */
	@Transactional
	void revise(Actor actor, long sessionId, Details d) {
		sessions.lockById(sessionId);
		TrainingSession session = managed(actor, sessionId);
		if (d.seats() < seatsTaken(session)) {
			throw new DomainException("training.seatsBelowTaken", seatsTaken(session));
		}
		session.revise(d.title().strip(), d.description(), organisation(d.hostId()), d.venue().strip(), d.language(),
				d.startsOn(), d.endsOn(), d.seats(), d.deadline(), blankToNull(d.eligibility()),
				blankToNull(d.questions()), d.daysRequired());
		session.partnersAndDocuments(partners(d.partnerIds()), d.requiredDocuments());
	}

	TrainingSession managedSession(Actor actor, long sessionId) {
		return managed(actor, sessionId);
	}

	List<TrainingDocument> documents(Actor actor, long sessionId, long applicationId) {
		TrainingApplication application = applications.findById(applicationId)
			.filter(a -> a.getSessionId() == sessionId).orElseThrow(NotFoundException::new);
		managed(actor, application.getSessionId());
		return documents.findByApplicationIdOrderByIdAsc(applicationId);
	}

	/** A supporting document, for the people who manage the session. */
	TrainingDocument document(Actor actor, long sessionId, long documentId) {
		TrainingDocument document = documents.findById(documentId).orElseThrow(NotFoundException::new);
		TrainingApplication application = applications.findById(document.getApplicationId())
			.filter(a -> a.getSessionId() == sessionId).orElseThrow(NotFoundException::new);
		managed(actor, application.getSessionId());
		return document;
	}

	private Organisation organisation(Long id) {
		return id == null ? null : members.organisation(id).orElseThrow(NotFoundException::new);
	}

	private Set<Organisation> partners(Set<Long> ids) {
		Set<Organisation> set = new LinkedHashSet<>();
		(ids == null ? Set.<Long>of() : ids).forEach(id -> set.add(organisation(id)));
		return set;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	Optional<TrainingApplication> applicationOf(Actor actor, long sessionId) {
		return actor == null ? Optional.empty() : applications.findBySessionIdAndUserId(sessionId, actor.userId());
	}

	/** One answer at most (the form's limit); all of them are kept together in training_application.answers. */
	static final int MAX_ANSWER = 2000;

	private static final int MAX_ANSWERS_TOGETHER = 8000;

	private static String joinAnswers(List<String> answers) {
		return String.join("\n\n", answers.stream().map(a -> a == null ? "" : a.strip()).toList());
	}

	/** Whether each answer and all of them together fit what an application keeps. */
	static boolean answersFit(List<String> answers) {
		return answers.stream().allMatch(a -> a == null || a.strip().length() <= MAX_ANSWER)
				&& joinAnswers(answers).length() <= MAX_ANSWERS_TOGETHER;
	}

	@Transactional
	long apply(Actor actor, long sessionId, String motivation, List<String> answers) {
		return apply(actor, sessionId, motivation, answers, List.of());
	}

	/**
	 * Applies with the session's required documents (one file each, in the order listed) and the answers.
	 * @throws DomainException {@code training.documentsMissing} when a required document is missing
	 */
	@Transactional
	long apply(Actor actor, long sessionId, String motivation, List<String> answers,
			List<Document> supporting) {
		TrainingSession session = get(sessionId);
		if (supporting.size() < session.requiredDocumentList().size()) {
			throw new DomainException("training.documentsMissing");
		}
		if (applications.findBySessionIdAndUserId(sessionId, actor.userId()).isPresent()) {
			throw new DomainException("training.appliedTwice");
		}
		if (motivation == null || motivation.isBlank() || motivation.length() > 4000) {
			throw new DomainException("training.motivationNeeded");
		}
		if (!answersFit(answers)) {
			throw new DomainException("training.answerTooLong", MAX_ANSWER);
		}
		String joined = joinAnswers(answers);
		TrainingApplication application;
		try {
			application = applications.saveAndFlush(new TrainingApplication(session, actor.userId(),
					motivation.strip(), joined, clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new DomainException("training.appliedTwice");
		}
		for (Document d : supporting) {
			documents.save(new TrainingDocument(application.getId(), d.label(), d.file().fileName(),
					d.file().contentType(), d.file().content(), clock.instant()));
		}
		changed(application, session);
		return application.getId();
	}

	List<TrainingApplication> applications(Actor actor, long sessionId) {
		TrainingSession session = get(sessionId);
		if (!TrainingPermissions.canManage(actor, session)) {
			throw new NotFoundException();
		}
		List<TrainingApplication> list = applications.findBySessionIdOrderBySubmittedAtAsc(sessionId);
		list.forEach(a -> a.getAttendance().size());
		return list;
	}

	@Transactional
	void decide(Actor actor, long applicationId, TrainingApplication.Status decision) {
		TrainingApplication application = applications.findById(applicationId).orElseThrow(NotFoundException::new);
		sessions.lockById(application.getSessionId());
		TrainingSession session = managed(actor, application.getSessionId());
		application.decide(decision, seatsTaken(session) < session.getSeats(), clock.instant());
		changed(application, session);
	}

	@Transactional
	void confirm(Actor actor, long sessionId) {
		TrainingApplication application = own(actor, sessionId);
		application.confirm();
		changed(application, get(sessionId));
	}

	/** Gives up a seat; the first on the waitlist (by application time) is accepted in their place. */
	@Transactional
	void withdraw(Actor actor, long sessionId) {
		sessions.lockById(sessionId);
		TrainingApplication application = own(actor, sessionId);
		TrainingSession session = get(sessionId);
		application.withdraw();
		changed(application, session);
		applications.flush();
		applications.findBySessionIdOrderBySubmittedAtAsc(sessionId).stream()
			.filter(a -> a.getStatus() == TrainingApplication.Status.WAITLISTED)
			.min(Comparator.comparing(TrainingApplication::getSubmittedAt))
			.filter(a -> seatsTaken(session) < session.getSeats())
			.ifPresent(next -> {
				next.decide(TrainingApplication.Status.ACCEPTED, true, clock.instant());
				changed(next, session);
			});
	}

	@Transactional
	void attendance(Actor actor, long applicationId, LocalDate day, boolean present) {
		TrainingApplication application = applications.findById(applicationId).orElseThrow(NotFoundException::new);
		TrainingSession session = managed(actor, application.getSessionId());
		if (!session.days().contains(day)) {
			throw new DomainException("training.notADay");
		}
		application.attended(day, present);
	}

	/** Issues certificates of attendance to everyone who attended enough days; returns how many were issued. */
	@Transactional
	int certify(Actor actor, long sessionId) {
		TrainingSession session = managed(actor, sessionId);
		int issued = 0;
		for (TrainingApplication a : applications.findBySessionIdOrderBySubmittedAtAsc(sessionId)) {
			if (a.holdsSeat() && a.getAttendance().size() >= session.getDaysRequired()) {
				String name = accounts.actor(a.getUserId()).map(Actor::displayName).orElse("");
				certificates.issue(new Certificates.Issue(Certificate.Kind.TRAINING, name, a.getUserId(),
						session.getTitle(), a.getAttendance().size() + " days", session.getEndsOn(),
						session.getHost() == null ? Certificates.PLATFORM : session.getHost().getName(), SOURCE,
						a.getId()));
				issued++;
			}
		}
		return issued;
	}

	private long seatsTaken(TrainingSession session) {
		return applications.findBySessionIdOrderBySubmittedAtAsc(session.getId()).stream()
			.filter(TrainingApplication::holdsSeat).count();
	}

	private TrainingSession managed(Actor actor, long sessionId) {
		TrainingSession session = get(sessionId);
		if (!TrainingPermissions.canManage(actor, session)) {
			throw new NotFoundException();
		}
		return session;
	}

	private TrainingApplication own(Actor actor, long sessionId) {
		return applications.findBySessionIdAndUserId(sessionId, actor.userId()).orElseThrow(NotFoundException::new);
	}

	private void changed(TrainingApplication application, TrainingSession session) {
		events.publishEvent(new TrainingApplicationChanged(application.getId(), application.getUserId(),
				session.getTitle(), session.getId(), application.getStatus()));
	}
}
