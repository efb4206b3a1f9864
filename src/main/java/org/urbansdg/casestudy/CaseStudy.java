package org.urbansdg.casestudy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Formula;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.hibernate.envers.RelationTargetAuditMode;
import org.urbansdg.member.City;
import org.urbansdg.member.Organisation;
import org.urbansdg.sdg.Target;
import org.urbansdg.sdg.Theme;
import org.urbansdg.shared.DomainException;

/**
 * A city's urban policy or good practice, mapped to SDG targets. Its state changes only through the methods below,
 * each of which checks the workflow rule and refuses with a {@link DomainException} otherwise. Every change is kept
 * as an Envers revision. Published cases are in the search index ({@link PublishedOnly}; texts by
 * {@link CaseTextBinder}, facets from the fields and getters below). Changes inside a city, organisation, target
 * or theme do not reindex the cases that refer to them (they are reference data); the mass indexer catches up.
 */
@Entity
@Indexed(index = "case_study", routingBinder = @RoutingBinderRef(type = PublishedOnly.class))
@TypeBinding(binder = @TypeBinderRef(type = CaseTextBinder.class))
@Table(name = "case_study")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class CaseStudy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private CaseStatus status;

	private String title;

	private String summary;

	@ManyToOne(optional = false)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private City city;

	@ManyToOne(optional = false)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Organisation organisation;

	@KeywordField(name = "country", aggregable = Aggregable.YES)
	private String countryCode;

	@KeywordField(name = "language", aggregable = Aggregable.YES)
	private String language;

	@ManyToOne
	@JoinColumn(name = "primary_target_code")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Target primaryTarget;

	// Cases are nearly always shown with their targets and themes. Each collection is loaded by a batched query of
	// its own (docs/architecture.md, Data): joined into the case's query, they returned each case's long texts in
	// about eight rows.
	@ManyToMany(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	@JoinTable(name = "case_study_target", joinColumns = @JoinColumn(name = "case_study_id"),
			inverseJoinColumns = @JoinColumn(name = "target_code"))
	private Set<Target> targets = new HashSet<>();

	@ManyToMany(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	@JoinTable(name = "case_study_theme", joinColumns = @JoinColumn(name = "case_study_id"),
			inverseJoinColumns = @JoinColumn(name = "theme_code"))
	private Set<Theme> themes = new HashSet<>();

	/** Distinctions other modules announce (awards, {@link CaseStudyRecognised}); not revised. */
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "case_recognition", joinColumns = @JoinColumn(name = "case_id"))
	@org.hibernate.envers.NotAudited
	private Set<Recognition> recognitions = new HashSet<>();

	/**
	 * The written sections by {@link CaseSection#key()} (V22: one row each in {@code case_study_section}, so a new
	 * section needs no new column). Shown on the case page, so loaded with the case, by a batched query of its own.
	 */
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "case_study_section", joinColumns = @JoinColumn(name = "case_study_id"))
	@MapKeyColumn(name = "section_key")
	@Column(name = "text")
	private Map<String, String> sections = new HashMap<>();

	@Embedded
	private Period period;

	@Embedded
	private Budget budget;

	@Embedded
	private Contact contact;

	private String links;

	private String videoLinks;

	private boolean featured;

	private Long createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	private Instant submittedAt;

	private Long signedOffBy;

	private Instant signedOffAt;

	@GenericField(sortable = Sortable.YES)
	private Instant publishedAt;

	/**
	 * Public page views (V12, counted by {@link CaseViews}); read-only here and written to the index in batches, not
	 * on every view, so "most viewed" lags by up to the refresh interval.
	 */
	@Formula("(select coalesce(max(v.views), 0) from case_study_views v where v.case_study_id = id)")
	@NotAudited
	@GenericField(sortable = Sortable.YES)
	private long views;

	/**
	 * How many cities replicated or adapted this case ({@link PracticeTakenUp}, V24; one city counts once), read with
	 * the case so its page needs no query for it, and the uptakes themselves only when there are some. Indexed for
	 * the "taken up elsewhere" facet and the "most replicated" order; {@link CaseUptakes} reindexes the case when one
	 * is recorded.
	 */
	@Formula("(select count(distinct u.place_key) from case_uptake u where u.case_id = id)")
	@NotAudited
	@GenericField(sortable = Sortable.YES)
	private int replications;

	/**
	 * The public case this one was adapted from (its city announced this case as its own after a cooperation), and
	 * that case's title, for "Adapted from …"; null for most cases. Subqueries of the case's own query.
	 */
	@Formula("(select min(u.case_id) from case_uptake u join case_study o on o.id = u.case_id"
			+ " where u.adapted_case_id = id and o.status in ('PUBLISHED', 'ARCHIVED'))")
	@NotAudited
	private Long adaptedFromId;

	@Formula("(select o.title from case_study o where o.id = (select min(u.case_id) from case_uptake u"
			+ " join case_study p on p.id = u.case_id where u.adapted_case_id = id and p.status in ('PUBLISHED', 'ARCHIVED')))")
	@NotAudited
	private String adaptedFromTitle;

	private Instant lastVerifiedAt;

	private Instant verificationRemindedAt;

	protected CaseStudy() {
	}

	CaseStudy(Organisation organisation, long createdBy, CaseContent content, Instant now) {
		this.organisation = organisation;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.status = CaseStatus.DRAFT;
		apply(content, now);
	}

	/** Editors change drafts and returned cases; the secretariat may correct any case that is not archived. */
	void edit(CaseContent content, boolean bySecretariat, Instant now) {
		if (!(status.editableByEditors() || (bySecretariat && status != CaseStatus.ARCHIVED))) {
			throw new DomainException("case.notEditable");
		}
		apply(content, now);
	}

	void submit(Instant now) {
		if (!status.editableByEditors()) {
			throw new DomainException("case.cannotSubmit");
		}
		List<String> missing = missingForSubmission();
		if (!missing.isEmpty()) {
			throw new DomainException("case.incomplete", missing);
		}
		status = CaseStatus.SUBMITTED;
		submittedAt = now;
		signedOffBy = null;
		signedOffAt = null;
		updatedAt = now;
	}

	/** The organisation's focal point confirms the submission speaks for the organisation. */
	void signOff(long focalPoint, Instant now) {
		requireStatus(CaseStatus.SUBMITTED, "case.notAwaitingReview");
		signedOffBy = focalPoint;
		signedOffAt = now;
	}

	void returnToEditor(Instant now) {
		requireStatus(CaseStatus.SUBMITTED, "case.notAwaitingReview");
		status = CaseStatus.RETURNED;
		updatedAt = now;
	}

	void publish(Instant now) {
		requireStatus(CaseStatus.SUBMITTED, "case.notAwaitingReview");
		status = CaseStatus.PUBLISHED;
		if (publishedAt == null) {
			publishedAt = now;
		}
		lastVerifiedAt = now;
		updatedAt = now;
	}

	void archive(Instant now) {
		requireStatus(CaseStatus.PUBLISHED, "case.notPublished");
		status = CaseStatus.ARCHIVED;
		featured = false;
		updatedAt = now;
	}

	/** The organisation confirms the published case still describes what is happening. */
	void verify(Instant now) {
		requireStatus(CaseStatus.PUBLISHED, "case.notPublished");
		lastVerifiedAt = now;
		verificationRemindedAt = null;
	}

	void remindedToVerify(Instant now) {
		verificationRemindedAt = now;
	}

	void feature(boolean featured) {
		if (featured) {
			requireStatus(CaseStatus.PUBLISHED, "case.notPublished");
		}
		this.featured = featured;
	}

	/** For demo content, which arrives already published at a given date. */
	void backdate(Instant published, Instant verified) {
		publishedAt = published;
		lastVerifiedAt = verified;
		createdAt = published;
		updatedAt = verified.isAfter(published) ? verified : published;
	}

	/** Message keys of the parts a submission still needs. */
	List<String> missingForSubmission() {
		List<String> missing = new java.util.ArrayList<>();
		getNarrative().missing().forEach(section -> missing.add(section.messageKey()));
		if (themes.isEmpty()) {
			missing.add("case.themes");
		}
		return missing;
	}

	private void apply(CaseContent c, Instant now) {
		title = c.headline().title();
		summary = c.headline().summary();
		language = c.headline().language();
		city = c.city();
		countryCode = c.city().getCountryCode();
		primaryTarget = c.mapping().primary();
		targets = new HashSet<>(c.mapping().targets());
		themes = new HashSet<>(c.mapping().themes());
		// Changed in place, so that a section left as it was is neither rewritten nor recorded again in the history.
		Map<String, String> texts = c.narrative().byKey();
		sections.keySet().retainAll(texts.keySet());
		sections.putAll(texts);
		period = c.period();
		budget = c.budget();
		contact = c.contact();
		links = String.join("\n", c.links().pages());
		videoLinks = String.join("\n", c.links().videos());
		updatedAt = now;
	}

	private void requireStatus(CaseStatus expected, String messageKey) {
		if (status != expected) {
			throw new DomainException(messageKey);
		}
	}

	private static List<String> lines(String text) {
		return text == null || text.isBlank() ? List.of()
				: Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public Long getId() {
		return id;
	}

	public long getViews() {
		return views;
	}

	public int getReplications() {
		return replications;
	}

	/** "yes" once another city replicated or adapted the case, for the "taken up elsewhere" facet; else no value. */
	@KeywordField(name = "takenUp", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "replications")))
	String getTakenUp() {
		return replications > 0 ? "yes" : null;
	}

	public Long getAdaptedFromId() {
		return adaptedFromId;
	}

	public String getAdaptedFromTitle() {
		return adaptedFromTitle;
	}

	public CaseStatus getStatus() {
		return status;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public City getCity() {
		return city;
	}

	public Organisation getOrganisation() {
		return organisation;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public String getLanguage() {
		return language;
	}

	public Target getPrimaryTarget() {
		return primaryTarget;
	}

	/** Targets in catalogue order, the primary one first. */
	public List<Target> getTargets() {
		return targets.stream()
			.sorted(Comparator.comparing((Target t) -> !t.equals(primaryTarget))
				.thenComparing(Target::goalNumber)
				.thenComparing(Target::position))
			.toList();
	}

	/** The goals of the targets, primary goal first. */
	@GenericField(name = "goal", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "targets")))
	public List<Integer> getGoals() {
		return getTargets().stream().map(Target::goalNumber).distinct().collect(Collectors.toList());
	}

	@KeywordField(name = "target", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "targets")))
	List<String> getTargetCodes() {
		return targets.stream().map(Target::code).toList();
	}

	@KeywordField(name = "theme", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "themes")))
	List<String> getThemeCodes() {
		return themes.stream().map(Theme::code).toList();
	}

	@GenericField(name = "city", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "city")))
	Long getCityId() {
		return city.getId();
	}

	/** City and organisation names, so that a search for "Seoul" finds Seoul's cases. */
	@FullTextField(name = "place", analyzer = "other")
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "city")),
			@ObjectPath(@PropertyValue(propertyName = "organisation")) })
	String getPlaceNames() {
		return city.getName() + "\n" + organisation.getName();
	}

	@KeywordField(name = "organisationType", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "organisation")))
	String getOrganisationType() {
		return organisation.getType() == null ? null : organisation.getType().name();
	}

	/** The labels of the case's recognitions, for the "award winners" search facet. */
	@KeywordField(name = "award", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "recognitions")))
	List<String> getRecognitionLabels() {
		return recognitions.stream().map(Recognition::label).sorted().toList();
	}

	/** Recognitions, newest first. */
	public List<Recognition> getRecognitions() {
		return recognitions.stream()
			.sorted(java.util.Comparator.comparing(Recognition::year).reversed().thenComparing(Recognition::label))
			.toList();
	}

	/** Records a recognition once; recording the same label again replaces its year and link. */
	void recognise(Recognition recognition) {
		recognitions.removeIf(r -> r.label().equals(recognition.label()));
		recognitions.add(recognition);
	}

	@GenericField(name = "year", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "period")))
	Integer getStartYear() {
		return period == null ? null : period.startYear();
	}

	@GenericField(name = "budget", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "budget")))
	Long getBudgetUsdWhole() {
		return budget == null ? null : budget.wholeUsd();
	}

	public Set<Theme> getThemes() {
		return Set.copyOf(themes);
	}

	/** The written sections (a new value on each call; change them through {@link #edit}). */
	public Narrative getNarrative() {
		return Narrative.ofKeys(sections);
	}

	/** When it ran, or {@code null} when no date is known. */
	public Period getPeriod() {
		return period;
	}

	/** What it cost, or {@code null} when not given. */
	public Budget getBudget() {
		return budget;
	}

	/** Whom to ask, or {@code null} when not given. */
	public Contact getContact() {
		return contact;
	}

	public List<String> getLinks() {
		return lines(links);
	}

	public List<String> getVideoLinks() {
		return lines(videoLinks);
	}

	public boolean isFeatured() {
		return featured;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Long getSignedOffBy() {
		return signedOffBy;
	}

	public Instant getSignedOffAt() {
		return signedOffAt;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public Instant getLastVerifiedAt() {
		return lastVerifiedAt;
	}

	Instant getVerificationRemindedAt() {
		return verificationRemindedAt;
	}
}
