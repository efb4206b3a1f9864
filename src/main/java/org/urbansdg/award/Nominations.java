package org.urbansdg.award;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.urbansdg.account.Actor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.casestudy.CaseStudyPublished;
import org.urbansdg.member.Members;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;
import org.urbansdg.shared.UploadCheck;

/**
 * Nominating cases, freezing their snapshots when nominations close, and screening. Who may see a nomination and its
 * evidence is {@link AwardPermissions}' to say.
 */
@Service
@Transactional(readOnly = true)
class Nominations {

	static final int MAX_STATEMENT = 8000;

	/** The decision log's detail (2000) holds "from → to: note", the category names 200 at most each. */
	static final int MAX_NOTE = 1500;

	static final int MAX_FILES = 5;

	private final NominationRepository nominations;

	private final EvidenceRepository evidence;

	private final AwardPermissions permissions;

	private final AwardCycles cycles;

	private final CaseStudies cases;

	private final Members members;

	private final UploadCheck uploads;

	private final DecisionLog log;

	private final AwardTime time;

	private final ApplicationEventPublisher events;

	Nominations(NominationRepository nominations, EvidenceRepository evidence, AwardPermissions permissions,
			AwardCycles cycles, CaseStudies cases, Members members, UploadCheck uploads, DecisionLog log, AwardTime time,
			ApplicationEventPublisher events) {
		this.nominations = nominations;
		this.evidence = evidence;
		this.permissions = permissions;
		this.cycles = cycles;
		this.cases = cases;
		this.members = members;
		this.uploads = uploads;
		this.log = log;
		this.time = time;
		this.events = events;
	}

	/**
	 * An editor (or focal point) nominates a published case of their organisation. Everything is checked before
	 * anything is stored, so a refused nomination leaves nothing behind.
	 */
	@Transactional
	long nominate(Actor actor, long cycleId, long caseId, long categoryId, String statement, List<MultipartFile> files) {
		if (!AwardPermissions.mayNominate(actor)) {
			throw new DomainException("award.editorsNominate");
		}
		AwardCycle cycle = cycles.get(cycleId);
		cycle.requireNominationsOpen(time.now());
		cycle.category(categoryId);
		java.util.Optional<CaseStudies.Content> published = cases.publishedContent(caseId);
		CaseStudies.Content content = published.or(() -> cases.unpublishedContent(caseId))
			.orElseThrow(() -> new DomainException("award.caseNotPublished"));
		if (!AwardPermissions.mayNominateCaseOf(actor, content.organisationId())) {
			throw new DomainException("award.notYourCase");
		}
		if (members.organisation(content.organisationId()).map(o -> !o.isInGoodStanding()).orElse(true)) {
			throw new DomainException("award.notInGoodStanding");
		}
		if (nominations.existsByCycleIdAndCaseId(cycleId, caseId)) {
			throw new DomainException("award.alreadyNominated");
		}
		if (statement == null || statement.isBlank() || statement.length() > MAX_STATEMENT) {
			throw new DomainException("award.statementRequired", MAX_STATEMENT);
		}
		List<UploadCheck.CheckedFile> checked = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file != null && !file.isEmpty()) {
				checked.add(uploads.check(file, UploadCheck.DOCUMENTS_AND_IMAGES));
			}
		}
		if (checked.size() > MAX_FILES) {
			throw new DomainException("award.tooManyFiles", MAX_FILES);
		}
		Nomination nomination = nominations.saveAndFlush(published.isPresent()
				? new Nomination(cycleId, categoryId, content, actor.userId(), statement.strip(), time.now())
				: Nomination.awaiting(cycleId, categoryId, content, actor.userId(), statement.strip(), time.now()));
		for (UploadCheck.CheckedFile file : checked) {
			evidence.save(new Evidence(nomination.getId(), file.fileName(), file.contentType(), file.content()));
		}
		events.publishEvent(new NominationReceived(nomination.getId()));
		return nomination.getId();
	}

	/**
	 * Once nominations have closed, takes each nominated case's text one last time and freezes it. Runs on a schedule
	 * and before any page that shows snapshots, so no one reads a nomination that is still following its case.
	 */
	@Transactional
	void freezeIfDue(long cycleId) {
		AwardCycle cycle = cycles.get(cycleId);
		if (!cycle.nominationsClosedAt(time.now())) {
			return;
		}
		for (Nomination n : nominations.findByCycleIdAndFrozenAtIsNull(cycleId)) {
			cases.publishedContent(n.getCaseId()).ifPresent(n::follow);
			n.freeze(time.now());
		}
	}

	/** Freezes every cycle's snapshots that are due ({@link AwardJobs} runs it). */
	@Transactional
	public void freezeAllDue() {
		cycles.all().forEach(c -> freezeIfDue(c.getId()));
	}

	/**
	 * A nominated case that was still in review is published: its nominations take part from now on (those of
	 * cycles whose nominations have closed stay waiting, and are never screened).
	 */
	@ApplicationModuleListener
	void on(CaseStudyPublished event) {
		for (Nomination n : nominations.findByCaseIdAndAwaitingPublicationTrue(event.caseStudyId())) {
			if (cycles.get(n.getCycleId()).nominationsOpenAt(time.now())) {
				cases.publishedContent(n.getCaseId()).ifPresent(n::casePublished);
			}
		}
	}

	@Transactional
	void screen(Actor actor, long nominationId, boolean eligible, String reason) {
		AwardPermissions.requireSecretariat(actor);
		Nomination n = nominations.lockById(nominationId).orElseThrow(NotFoundException::new);
		cycles.get(n.getCycleId()).requireScreeningOpen(time.now());
		n.screen(eligible, reason);
		log.record(actor, n.getCycleId(), n.getId(),
				eligible ? Decision.Kind.SCREENED_ELIGIBLE : Decision.Kind.SCREENED_INELIGIBLE, n.getScreeningReason());
		events.publishEvent(new NominationScreened(n.getId()));
	}

	@Transactional
	void move(Actor actor, long nominationId, long categoryId, String note) {
		AwardPermissions.requireSecretariat(actor);
		Nomination n = nominations.lockById(nominationId).orElseThrow(NotFoundException::new);
		AwardCycle cycle = cycles.get(n.getCycleId());
		cycle.requireScreeningOpen(time.now());
		if (note == null || note.isBlank()) {
			throw new DomainException("award.noteRequired");
		}
		if (note.strip().length() > MAX_NOTE) {
			throw new DomainException("award.noteTooLong", MAX_NOTE);
		}
		String from = cycle.category(n.getCategoryId()).getName();
		String to = cycle.category(categoryId).getName();
		n.moveTo(categoryId);
		log.record(actor, n.getCycleId(), n.getId(), Decision.Kind.CATEGORY_CHANGED,
				from + " → " + to + ": " + note.strip());
	}

	Nomination get(long id) {
		return nominations.findById(id).orElseThrow(NotFoundException::new);
	}

	List<Nomination> ofCycle(long cycleId) {
		return nominations.findByCycleIdOrderByIdAsc(cycleId);
	}

	List<Nomination> ofOrganisation(long cycleId, Long organisationId) {
		return organisationId == null ? List.of()
				: nominations.findByCycleIdAndOrganisationIdOrderByIdAsc(cycleId, organisationId);
	}

	/** The eligible nominations, for voters and the results. */
	List<Nomination> eligible(long cycleId) {
		return ofCycle(cycleId).stream().filter(Nomination::isEligible).toList();
	}

	List<Evidence> evidenceOf(long nominationId) {
		return evidence.findByNominationIdOrderByIdAsc(nominationId);
	}

	/** A nomination, for those who may see it ({@link AwardPermissions#maySee}); everyone else gets 404. */
	Nomination visible(Actor actor, long nominationId) {
		return nominations.findById(nominationId).filter(n -> permissions.maySee(actor, n))
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * An evidence file, for those who may read it ({@link AwardPermissions#mayReadEvidence}); 404 for anyone else, as
	 * for an unknown id.
	 */
	Optional<Evidence> evidence(Actor actor, long nominationId, long evidenceId) {
		Nomination n = nominations.findById(nominationId).filter(x -> permissions.mayReadEvidence(actor, x))
			.orElseThrow(NotFoundException::new);
		return evidence.findById(evidenceId).filter(e -> e.getNominationId() == n.getId());
	}
}
