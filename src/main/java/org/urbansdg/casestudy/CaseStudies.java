package org.urbansdg.casestudy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.history.Revision;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.account.Actor;
import org.urbansdg.casestudy.search.CaseSearchQuery;
import org.urbansdg.casestudy.search.CaseSearchResult;
import org.urbansdg.casestudy.search.MatchQuery;
import org.urbansdg.casestudy.search.OrganisationMatch;
import org.urbansdg.casestudy.search.PracticeMatch;
import org.urbansdg.member.Members;
import org.urbansdg.sdg.Target;
import org.urbansdg.sdg.Theme;
import org.urbansdg.shared.NotFoundException;

/** Reading case studies: the public lists, one case with what belongs to it, and an organisation's own cases. */
@Service
@Transactional(readOnly = true)
public class CaseStudies {

	private final CaseStudyRepository cases;

	private final AttachmentRepository attachments;

	private final AttachmentDataRepository attachmentData;

	private final ReviewNoteRepository notes;

	private final CommentRepository comments;

	private final CasePermissions permissions;

	private final PublishedTexts publishedTexts;

	private final PracticeMatcher matcher;

	private final Members members;

	CaseStudies(CaseStudyRepository cases, AttachmentRepository attachments, AttachmentDataRepository attachmentData,
			ReviewNoteRepository notes, CommentRepository comments, CasePermissions permissions,
			PublishedTexts publishedTexts, PracticeMatcher matcher, Members members) {
		this.publishedTexts = publishedTexts;
		this.matcher = matcher;
		this.members = members;
		this.cases = cases;
		this.attachments = attachments;
		this.attachmentData = attachmentData;
		this.notes = notes;
		this.comments = comments;
		this.permissions = permissions;
	}

	/** What another module shows of a published case: a card linking to its page. */
	public record Card(long id, String title, String summary, String place) {
	}

	/** Cards of the published cases among these ids, in the order given; unpublished or unknown ids are left out. */
	public List<Card> publishedCards(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, CaseStudy> found = new HashMap<>();
		cases.findByIdInAndStatus(ids, CaseStatus.PUBLISHED).forEach(c -> found.put(c.getId(), c));
		return ids.stream().distinct().filter(found::containsKey).map(found::get)
			.map(c -> new Card(c.getId(), c.getTitle(), c.getSummary(), c.getCity() == null ? null : c.getCity().getName()))
			.toList();
	}

	/**
	 * What a published case says, for another module to keep as a snapshot (award nominations). The body is the case's
	 * story sections (Markdown), one after another ({@link Narrative#storyText()}).
	 */
	public record Content(long id, String title, String summary, String body, long organisationId, Long cityId,
			String place) {
	}

	/** The content of a published case, or empty when the id names no published case. */
	public java.util.Optional<Content> publishedContent(long id) {
		return cases.findById(id).filter(c -> c.getStatus() == CaseStatus.PUBLISHED).map(CaseStudies::content);
	}

	/** The content of a case still on its way to publication (draft, submitted or returned), for a nomination that
	 * waits for it; empty for published, archived or unknown cases. */
	public java.util.Optional<Content> unpublishedContent(long id) {
		return cases.findById(id)
			.filter(c -> c.getStatus() != CaseStatus.PUBLISHED && c.getStatus() != CaseStatus.ARCHIVED)
			.map(CaseStudies::content);
	}

	/** Whom to ask about a case, as its page shows it; either part may be {@code null}. */
	public record CaseContact(String name, String email) {
	}

	/** The contact a published case names, for a module that shows it to a chosen few (cooperation partners). */
	public java.util.Optional<CaseContact> publishedContact(long id) {
		return cases.findById(id).filter(c -> c.getStatus() == CaseStatus.PUBLISHED && c.getContact() != null)
			.map(c -> new CaseContact(c.getContact().getName(), c.getContact().getEmail()));
	}

	/** Cards of an organisation's cases not yet published (draft, submitted or returned), newest first. */
	public List<Card> unpublishedOf(long organisationId) {
		return cases.findByOrganisationIdOrderByUpdatedAtDesc(organisationId).stream()
			.filter(c -> c.getStatus() != CaseStatus.PUBLISHED && c.getStatus() != CaseStatus.ARCHIVED)
			.map(c -> new Card(c.getId(), c.getTitle(), c.getSummary(), c.getCity() == null ? null : c.getCity().getName()))
			.toList();
	}

	private static Content content(CaseStudy c) {
		return new Content(c.getId(), c.getTitle(), c.getSummary(), c.getNarrative().storyText(),
				c.getOrganisation().getId(), c.getCity() == null ? null : c.getCity().getId(),
				c.getCity() == null ? null : c.getCity().getName());
	}

	/** Cards of an organisation's published cases, newest first (for choosing one to nominate). */
	public List<Card> publishedOf(long organisationId) {
		return cases.findByOrganisationIdOrderByUpdatedAtDesc(organisationId).stream()
			.filter(c -> c.getStatus() == CaseStatus.PUBLISHED)
			.map(c -> new Card(c.getId(), c.getTitle(), c.getSummary(), c.getCity() == null ? null : c.getCity().getName()))
			.toList();
	}

	/**
	 * The short texts of a published case with its targets, for models that learn from published cases.
	 * @param primaryTarget may be {@code null}; {@code otherTargets} never holds it
	 */
	public record TargetedText(long id, String language, String title, String summary, String objectives,
			String primaryTarget, List<String> otherTargets) {
	}

	/** Hands every published case's short texts and targets to {@code each}, streaming (fine for 100,000 cases). */
	public void forEachPublishedText(java.util.function.Consumer<TargetedText> each) {
		publishedTexts.forEach(each);
	}

	/** The id of the published case with exactly this title, for content that names cases (such as demo courses). */
	public java.util.Optional<Long> publishedIdByTitle(String title) {
		return cases.findByTitleAndStatus(title, CaseStatus.PUBLISHED).stream().map(CaseStudy::getId).findFirst();
	}

	public List<CaseStudy> featured(int limit) {
		return cases.findByStatusAndFeaturedTrueOrderByPublishedAtDesc(CaseStatus.PUBLISHED, PageRequest.of(0, limit));
	}

	public List<CaseStudy> latest(int limit) {
		return cases.findByStatusOrderByPublishedAtDesc(CaseStatus.PUBLISHED, PageRequest.of(0, limit));
	}

	/** Published cases per goal number; goals without any are absent. */
	public Map<Integer, Long> publishedCountsByGoal() {
		Map<Integer, Long> counts = new HashMap<>();
		for (Object[] row : cases.countPublishedByGoal()) {
			counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
		}
		return counts;
	}

	Page<CaseStudy> browse(CaseQuery query) {
		return cases.findAll(publishedMatching(query),
				PageRequest.of(query.pageIndex(), CaseQuery.PAGE_SIZE, Sort.by(Sort.Direction.DESC, "publishedAt")));
	}

	/** Published cases matching a search, with facet counts; bad input gives an empty result, never an error. */
	public CaseSearchResult search(CaseSearchQuery query) {
		return cases.search(query);
	}

	/** How many published cases the words find as typed (a search tab's count). */
	public long count(String text) {
		return cases.count(text);
	}

	/** @throws NotFoundException for unknown ids and cases the actor may not see */
	CaseStudy get(Actor actor, long id) {
		return cases.findById(id).filter(c -> permissions.canView(actor, c)).orElseThrow(NotFoundException::new);
	}

	List<CaseStudy> ofOrganisation(long organisationId) {
		return cases.findByOrganisationIdOrderByUpdatedAtDesc(organisationId);
	}

	List<CaseStudy> awaitingReview() {
		return cases.findByStatusOrderBySubmittedAtAsc(CaseStatus.SUBMITTED);
	}

	List<Attachment> attachments(long caseId) {
		return attachments.findByCaseStudyIdOrderByUploadedAtAsc(caseId);
	}

	/** An attachment and its bytes, if the actor may see its case. */
	FileDownload download(Actor actor, long caseId, long attachmentId) {
		CaseStudy c = get(actor, caseId);
		Attachment attachment = attachments.findById(attachmentId)
			.filter(a -> a.getCaseStudyId().equals(c.getId()))
			.orElseThrow(NotFoundException::new);
		byte[] content = attachmentData.findById(attachmentId).orElseThrow(NotFoundException::new).getContent();
		return new FileDownload(attachment, content);
	}

	record FileDownload(Attachment attachment, byte[] content) {
	}

	boolean isHistoryVisible(Actor actor, CaseStudy c) {
		return permissions.canSeeHistory(actor, c);
	}

	List<ReviewNote> reviewNotes(long caseId) {
		return notes.findByCaseStudyIdOrderByCreatedAtDesc(caseId);
	}

	List<Comment> comments(long caseId, boolean includeHidden) {
		return comments.findByCaseStudyIdOrderByCreatedAtAsc(caseId)
			.stream()
			.filter(c -> includeHidden || !c.isHidden())
			.toList();
	}

	/** Saved versions of a case, newest first, with who saved each. */
	List<Revision<Long, CaseStudy>> revisions(long caseId) {
		List<Revision<Long, CaseStudy>> all = new ArrayList<>(cases.findRevisions(caseId).getContent());
		java.util.Collections.reverse(all);
		return all;
	}

	/**
	 * The published practices most likely to help with a city's challenge, best first, each with the reasons it matched
	 * (shared targets, shared words, similar size, same region); the asking organisation's own cases are left out.
	 * How they are found and how well: docs/matching.md.
	 */
	public List<PracticeMatch> matchPractices(MatchQuery query, int limit) {
		return matcher.match(query, null, limit);
	}

	/**
	 * Organisations with published cases on any of these targets, those sharing more targets first, then those with
	 * more such cases, then by name.
	 */
	public List<OrganisationMatch> organisationsOnTargets(java.util.Set<String> targetCodes, Long excludeOrganisationId,
			int limit) {
		if (targetCodes == null || targetCodes.isEmpty() || limit <= 0) {
			return List.of();
		}
		Map<Long, java.util.Set<Target>> shared = new HashMap<>();
		Map<Long, java.util.Set<Long>> caseIds = new HashMap<>();
		for (Object[] row : cases.findPublishedOnTargets(targetCodes)) {
			Long organisationId = (Long) row[0];
			if (!organisationId.equals(excludeOrganisationId)) {
				shared.computeIfAbsent(organisationId, id -> new java.util.HashSet<>()).add((Target) row[2]);
				caseIds.computeIfAbsent(organisationId, id -> new java.util.HashSet<>()).add((Long) row[1]);
			}
		}
		List<OrganisationMatch> found = new ArrayList<>();
		shared.forEach((id, targets) -> members.organisation(id).ifPresent(o -> found.add(new OrganisationMatch(id,
				o.getName(), o.getCountryCode(), targets.stream()
					.sorted(java.util.Comparator.comparingInt(Target::goalNumber).thenComparingInt(Target::position))
					.map(Target::code)
					.toList(),
				caseIds.get(id).size()))));
		found.sort(java.util.Comparator.comparingInt((OrganisationMatch m) -> -m.sharedTargets().size())
			.thenComparingInt(m -> -m.cases())
			.thenComparing(OrganisationMatch::name));
		return found.subList(0, Math.min(limit, found.size()));
	}

	/** Published cases most like this one, by the matcher of practices over its own words and targets. */
	List<CaseStudy> related(CaseStudy c, int limit) {
		List<Long> ids = matcher.match(PracticeMatcher.queryOf(c), c.getId(), limit).stream()
			.map(PracticeMatch::caseStudyId)
			.toList();
		Map<Long, CaseStudy> found = new HashMap<>();
		cases.findAllById(ids).forEach(r -> found.put(r.getId(), r));
		return ids.stream().map(found::get).toList();
	}

	/** Other cities that worked on this case's targets. */
	List<CityCount> citiesOnSameTargets(CaseStudy c, int limit) {
		return cases.citiesOnSameTargets(c, limit);
	}

	private static Specification<CaseStudy> publishedMatching(CaseQuery query) {
		return (root, cq, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("status"), CaseStatus.PUBLISHED));
			if (query.goal() != null || !CaseQuery.blank(query.target())) {
				Subquery<Long> sub = cq.subquery(Long.class);
				var subRoot = sub.from(CaseStudy.class);
				Join<CaseStudy, Target> target = subRoot.join("targets");
				List<Predicate> subWhere = new ArrayList<>();
				subWhere.add(cb.equal(subRoot.get("id"), root.get("id")));
				if (query.goal() != null) {
					subWhere.add(cb.equal(target.get("goalNumber"), query.goal()));
				}
				if (!CaseQuery.blank(query.target())) {
					subWhere.add(cb.equal(target.get("code"), query.target().strip()));
				}
				where.add(cb.exists(sub.select(subRoot.get("id")).where(subWhere.toArray(Predicate[]::new))));
			}
			if (!CaseQuery.blank(query.theme())) {
				Subquery<Long> sub = cq.subquery(Long.class);
				var subRoot = sub.from(CaseStudy.class);
				Join<CaseStudy, Theme> theme = subRoot.join("themes");
				where.add(cb.exists(sub.select(subRoot.get("id"))
					.where(cb.equal(subRoot.get("id"), root.get("id")), cb.equal(theme.get("code"), query.theme()))));
			}
			if (!CaseQuery.blank(query.country())) {
				where.add(cb.equal(root.get("countryCode"), query.country()));
			}
			if (query.city() != null) {
				where.add(cb.equal(root.get("city").get("id"), query.city()));
			}
			if (!CaseQuery.blank(query.q())) {
				// Words are looked for in the title, the summary, the sections every submitted case has and the city.
				String pattern = query.likePattern();
				List<Predicate> anyText = new ArrayList<>();
				for (String field : List.of("title", "summary")) {
					anyText.add(cb.like(cb.lower(root.get(field)), pattern, '\\'));
				}
				Subquery<Long> sub = cq.subquery(Long.class);
				var subRoot = sub.from(CaseStudy.class);
				MapJoin<CaseStudy, String, String> section = subRoot.joinMap("sections");
				anyText.add(cb.exists(sub.select(subRoot.get("id"))
					.where(cb.equal(subRoot.get("id"), root.get("id")),
							section.key().in(CaseSection.required().stream().map(CaseSection::key).toList()),
							cb.like(cb.lower(section.value()), pattern, '\\'))));
				anyText.add(cb.like(cb.lower(root.join("city", JoinType.INNER).get("name")), pattern, '\\'));
				where.add(cb.or(anyText.toArray(Predicate[]::new)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}
}
