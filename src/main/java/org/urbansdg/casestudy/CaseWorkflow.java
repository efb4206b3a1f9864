package org.urbansdg.casestudy;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.multipart.MultipartFile;
import org.urbansdg.account.Actor;
import org.urbansdg.member.City;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.sdg.SdgCatalogue;
import org.urbansdg.sdg.Target;
import org.urbansdg.sdg.Theme;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.Money;
import org.urbansdg.shared.NotFoundException;
import org.urbansdg.shared.UploadCheck;

/**
 * Everything that changes a case study: writing, the review workflow, attachments and comments. Each action checks
 * {@link CasePermissions} first, so a forged request is refused whatever the page showed.
 */
@Service
@Transactional
class CaseWorkflow {

	static final Duration VERIFICATION_INTERVAL = Duration.ofDays(365);

	private final CaseStudyRepository cases;

	private final AttachmentRepository attachments;

	private final AttachmentDataRepository attachmentData;

	private final ReviewNoteRepository notes;

	private final CommentRepository comments;

	private final CasePermissions permissions;

	private final SdgCatalogue catalogue;

	private final Members members;

	private final Money money;

	private final UploadCheck uploads;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseWorkflow(CaseStudyRepository cases, AttachmentRepository attachments, AttachmentDataRepository attachmentData,
			ReviewNoteRepository notes, CommentRepository comments, CasePermissions permissions,
			SdgCatalogue catalogue, Members members, Money money, UploadCheck uploads,
			ApplicationEventPublisher events, Optional<Clock> clock) {
		this.cases = cases;
		this.attachments = attachments;
		this.attachmentData = attachmentData;
		this.notes = notes;
		this.comments = comments;
		this.permissions = permissions;
		this.catalogue = catalogue;
		this.members = members;
		this.money = money;
		this.uploads = uploads;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Checks what the form refers to (city, targets, themes, currency, links) and the length of each written section,
	 * and turns it into content, or records a field error for each problem and returns empty.
	 */
	@Transactional(readOnly = true)
	Optional<CaseContent> resolve(CaseForm form, Errors errors) {
		if (errors.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
			// A value that is not what its field takes (a budget or date that is none) leaves the record unbound, and
			// Spring can record no further field error on it: the page asks for that value first.
			return Optional.empty();
		}
		Narrative narrative = Narrative.checked(form.sections(), errors);
		City city = form.cityId() == null ? null : members.city(form.cityId()).orElse(null);
		if (form.cityId() != null && city == null) {
			errors.rejectValue("cityId", "case.city.unknown");
		}
		Target primary = blankToNull(form.primaryTarget()) == null ? null
				: catalogue.target(form.primaryTarget()).orElse(null);
		if (form.primaryTarget() != null && !form.primaryTarget().isBlank() && primary == null) {
			errors.rejectValue("primaryTarget", "case.target.unknown");
		}
		Set<Target> targets = new LinkedHashSet<>();
		if (primary != null) {
			targets.add(primary);
		}
		for (String code : form.targets()) {
			catalogue.target(code).ifPresentOrElse(targets::add,
					() -> errors.rejectValue("targets", "case.target.unknown"));
		}
		if (targets.size() > 12) {
			errors.rejectValue("targets", "case.target.tooMany", new Object[] { 12 }, null);
		}
		Set<Theme> themes = new LinkedHashSet<>();
		for (String code : form.themes()) {
			catalogue.theme(code).ifPresentOrElse(themes::add, () -> errors.rejectValue("themes", "case.theme.unknown"));
		}
		// A missing language is already a field error (@NotBlank); List.contains(null) would throw.
		if (form.language() != null && !form.language().isBlank() && !CaseLanguages.CODES.contains(form.language())) {
			errors.rejectValue("language", "case.language.unknown");
		}
		if (!Period.ordered(form.startDate(), form.endDate())) {
			errors.rejectValue("endDate", "case.endBeforeStart");
		}
		String currency = blankToNull(form.budgetCurrency());
		if (form.budgetAmount() != null && (currency == null || !money.knows(currency))) {
			errors.rejectValue("budgetCurrency", "case.currency.unknown");
		}
		List<String> links = urls(form.links(), "links", errors);
		List<String> videoLinks = urls(form.videoLinks(), "videoLinks", errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		boolean dated = form.startDate() != null || form.endDate() != null;
		return Optional.of(new CaseContent(
				new CaseContent.Headline(form.title().strip(), form.summary().strip(), form.language()), city,
				new SdgMapping(primary, targets, themes), narrative,
				dated ? new Period(form.startDate(), form.endDate()) : null,
				form.budgetAmount() == null ? null : Budget.of(form.budgetAmount(), currency, money),
				Contact.of(form.contactName(), form.contactEmail()), new WebLinks(links, videoLinks)));
	}

	/** A new draft for the actor's organisation. */
	public long create(Actor actor, CaseContent content) {
		if (!permissions.canCreate(actor)) {
			throw new DomainException("case.notAllowed");
		}
		Organisation organisation = members.organisation(actor.organisationId()).orElseThrow(NotFoundException::new);
		return cases.save(new CaseStudy(organisation, actor.userId(), content, clock.instant())).getId();
	}

	public void update(Actor actor, long id, CaseContent content) {
		CaseStudy c = visible(actor, id);
		if (!permissions.canEdit(actor, c)) {
			throw new DomainException("case.notEditable");
		}
		c.edit(content, actor.isSecretariat(), clock.instant());
	}

	public void submit(Actor actor, long id) {
		CaseStudy c = visible(actor, id);
		if (!permissions.canSubmit(actor, c)) {
			throw new DomainException("case.cannotSubmit");
		}
		c.submit(clock.instant());
		note(c, actor, ReviewNote.Step.SUBMITTED, null);
		events.publishEvent(new CaseStudySubmitted(c.getId(), c.getTitle(), c.getOrganisation().getId()));
	}

	public void signOff(Actor actor, long id) {
		CaseStudy c = visible(actor, id);
		if (!permissions.canSignOff(actor, c)) {
			throw new DomainException("case.notAllowed");
		}
		c.signOff(actor.userId(), clock.instant());
		note(c, actor, ReviewNote.Step.SIGNED_OFF, null);
	}

	/** The longest comment returning a case (a review note; it is also mailed to the editors). */
	static final int MAX_RETURN_COMMENT = 20_000;

	/**
	 * @throws DomainException {@code case.returnNeedsComment} when the reviewer gives no reason,
	 *         {@code case.returnCommentTooLong} past {@value #MAX_RETURN_COMMENT} characters
	 */
	public void returnToEditor(Actor actor, long id, String comment) {
		CaseStudy c = visible(actor, id);
		if (!permissions.canReview(actor, c)) {
			throw new DomainException("case.notAwaitingReview");
		}
		if (comment == null || comment.isBlank()) {
			throw new DomainException("case.returnNeedsComment");
		}
		if (comment.strip().length() > MAX_RETURN_COMMENT) {
			throw new DomainException("case.returnCommentTooLong", MAX_RETURN_COMMENT);
		}
		c.returnToEditor(clock.instant());
		note(c, actor, ReviewNote.Step.RETURNED, comment.strip());
		events.publishEvent(new CaseStudyReturned(c.getId(), c.getTitle(), c.getOrganisation().getId(), comment.strip()));
	}

	public void publish(Actor actor, long id) {
		CaseStudy c = visible(actor, id);
		if (!permissions.canReview(actor, c)) {
			throw new DomainException("case.notAwaitingReview");
		}
		c.publish(clock.instant());
		note(c, actor, ReviewNote.Step.PUBLISHED, null);
		events.publishEvent(new CaseStudyPublished(c.getId(), c.getTitle(), c.getOrganisation().getId()));
	}

	public void archive(Actor actor, long id) {
		CaseStudy c = visible(actor, id);
		if (!permissions.canArchive(actor, c)) {
			throw new DomainException("case.notAllowed");
		}
		c.archive(clock.instant());
		note(c, actor, ReviewNote.Step.ARCHIVED, null);
	}

	public void verify(Actor actor, long id) {
		CaseStudy c = visible(actor, id);
		if (!permissions.canVerify(actor, c)) {
			throw new DomainException("case.notAllowed");
		}
		c.verify(clock.instant());
		note(c, actor, ReviewNote.Step.VERIFIED, null);
	}

	public void feature(Actor actor, long id, boolean featured) {
		CaseStudy c = visible(actor, id);
		if (!permissions.canModerate(actor)) {
			throw new DomainException("case.notAllowed");
		}
		c.feature(featured);
	}

	/** Checks the file by content and size, then stores it with the case in one transaction. */
	public long attach(Actor actor, long id, MultipartFile file, boolean cover) {
		CaseStudy c = visible(actor, id);
		if (!permissions.canEdit(actor, c)) {
			throw new DomainException("case.notEditable");
		}
		UploadCheck.CheckedFile checked = uploads.check(file,
				cover ? UploadCheck.IMAGES : UploadCheck.DOCUMENTS_AND_IMAGES);
		if (cover) {
			attachments.findByCaseStudyIdOrderByUploadedAtAsc(c.getId())
				.stream()
				.filter(Attachment::isCover)
				.forEach(old -> {
					attachmentData.deleteById(old.getId());
					attachments.delete(old);
				});
		}
		Attachment attachment = attachments.save(new Attachment(c.getId(), checked.fileName(), checked.contentType(),
				checked.content().length, cover, actor.userId(), clock.instant()));
		attachmentData.save(new AttachmentData(attachment.getId(), checked.content()));
		return attachment.getId();
	}

	public void removeAttachment(Actor actor, long id, long attachmentId) {
		CaseStudy c = visible(actor, id);
		if (!permissions.canEdit(actor, c)) {
			throw new DomainException("case.notEditable");
		}
		Attachment attachment = attachments.findById(attachmentId)
			.filter(a -> a.getCaseStudyId().equals(c.getId()))
			.orElseThrow(NotFoundException::new);
		attachmentData.deleteById(attachment.getId());
		attachments.delete(attachment);
	}

	/** @throws DomainException {@code case.comment.empty} or {@code case.comment.tooLong} */
	public void comment(Actor actor, long id, String text) {
		CaseStudy c = visible(actor, id);
		if (!permissions.canComment(actor, c)) {
			throw new DomainException("case.comment.notAllowed");
		}
		String clean = text == null ? "" : text.strip();
		if (clean.isEmpty()) {
			throw new DomainException("case.comment.empty");
		}
		if (clean.length() > 4000) {
			throw new DomainException("case.comment.tooLong", 4000);
		}
		comments.save(new Comment(c.getId(), actor.userId(), clean, clock.instant()));
	}

	public long moderateComment(Actor actor, long commentId, boolean hidden) {
		if (!permissions.canModerate(actor)) {
			throw new DomainException("case.notAllowed");
		}
		Comment comment = comments.findById(commentId).orElseThrow(NotFoundException::new);
		if (hidden) {
			comment.hide(actor.userId(), clock.instant());
		}
		else {
			comment.show();
		}
		return comment.getCaseStudyId();
	}

	/** Published cases not verified for a year, whose editors have not been reminded since. Marks them reminded. */
	List<CaseStudy> takeDueForVerification() {
		Instant now = clock.instant();
		List<CaseStudy> due = cases.findDueForVerification(now.minus(VERIFICATION_INTERVAL));
		due.forEach(c -> c.remindedToVerify(now));
		return due;
	}

	/** Loads a case the actor may see; anything else is "not found", so ids of others' drafts reveal nothing. */
	private CaseStudy visible(Actor actor, long id) {
		return cases.findById(id).filter(c -> permissions.canView(actor, c)).orElseThrow(NotFoundException::new);
	}

	private void note(CaseStudy c, Actor actor, ReviewNote.Step step, String text) {
		notes.save(new ReviewNote(c.getId(), actor.userId(), step, text, clock.instant()));
	}

	private static List<String> urls(String text, String field, Errors errors) {
		List<String> result = new ArrayList<>();
		if (text == null) {
			return result;
		}
		for (String line : text.split("\\R")) {
			String url = line.strip();
			if (url.isEmpty()) {
				continue;
			}
			if (!isWebAddress(url)) {
				errors.rejectValue(field, "case.link.invalid", new Object[] { url }, null);
				continue;
			}
			result.add(url);
		}
		return result;
	}

	static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
