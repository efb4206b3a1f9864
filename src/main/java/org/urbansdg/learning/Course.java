package org.urbansdg.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DomainException;

/** An online course: ordered modules of ordered lessons, each module with an optional quiz. Draft until published. */
@Entity
@Table(name = "course")
public class Course {

	public enum Status {
		DRAFT, PUBLISHED
	}

	public enum Level {
		INTRODUCTORY, INTERMEDIATE, ADVANCED
	}

	/** Who may enrol: people confirmed for a member organisation in good standing, or anyone signed in. */
	public enum Audience {
		MEMBERS, REGISTERED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String summary;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "provider_organisation_id")
	private Organisation provider;

	private String language;

	@Enumerated(EnumType.STRING)
	private Level level;

	private int estimatedHours;

	@Enumerated(EnumType.STRING)
	private Status status = Status.DRAFT;

	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	private Audience audience = Audience.MEMBERS;

	private String coverContentType;

	private String coverAlt;

	private Instant publishedAt;

	@ElementCollection
	@CollectionTable(name = "course_target", joinColumns = @JoinColumn(name = "course_id"))
	@Column(name = "target_code")
	private Set<String> targets = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "course_theme", joinColumns = @JoinColumn(name = "course_id"))
	@Column(name = "theme_code")
	private Set<String> themes = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "course_trainer", joinColumns = @JoinColumn(name = "course_id"))
	@Column(name = "user_id")
	private Set<Long> trainers = new LinkedHashSet<>();

	@OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CourseModule> modules = new ArrayList<>();

	protected Course() {
	}

	Course(CourseDetails details, Organisation provider, long trainer, Instant now) {
		describe(details, provider);
		this.trainers.add(trainer);
		this.createdAt = now;
	}

	void describe(CourseDetails details, Organisation provider) {
		this.title = details.title().strip();
		this.summary = details.summary().strip();
		this.language = details.language();
		this.level = details.level();
		this.estimatedHours = details.estimatedHours();
		this.provider = provider;
	}

	void classify(Set<String> targetCodes, Set<String> themeCodes) {
		targets.clear();
		targets.addAll(targetCodes);
		themes.clear();
		themes.addAll(themeCodes);
	}

	void addTrainer(long userId) {
		trainers.add(userId);
	}

	/** Replaces the trainers; a course always keeps at least one, so that someone can still author it. */
	void teachBy(Set<Long> userIds) {
		if (userIds.isEmpty()) {
			throw new DomainException("learning.settings.noTrainer");
		}
		trainers.clear();
		trainers.addAll(userIds);
	}

	void openTo(Audience audience) {
		this.audience = audience;
	}

	void coverWith(String contentType, String alt) {
		this.coverContentType = contentType;
		this.coverAlt = alt;
	}

	void describeCover(String alt) {
		this.coverAlt = alt;
	}

	public boolean hasCover() {
		return coverContentType != null;
	}

	/** Moves a module one place up (-1) or down (+1); at either end nothing changes. */
	void moveModule(CourseModule module, int delta) {
		Positions.move(modules, module, delta);
		Positions.renumber(modules, CourseModule::placeAt);
	}

	void removeModule(CourseModule module) {
		modules.remove(module);
		Positions.renumber(modules, CourseModule::placeAt);
	}

	CourseModule addModule(String moduleTitle, int passPercent, int maxAttempts) {
		CourseModule module = new CourseModule(this, modules.size() + 1, moduleTitle, passPercent, maxAttempts);
		modules.add(module);
		return module;
	}

	/** A course is published once it has something to learn. */
	void publish(Instant now) {
		if (status == Status.PUBLISHED) {
			throw new DomainException("learning.course.alreadyPublished");
		}
		if (lessons().isEmpty()) {
			throw new DomainException("learning.course.empty");
		}
		status = Status.PUBLISHED;
		publishedAt = now;
	}

	public boolean isPublished() {
		return status == Status.PUBLISHED;
	}

	boolean taughtBy(long userId) {
		return trainers.contains(userId);
	}

	/** All lessons in reading order. */
	public List<Lesson> lessons() {
		return modules.stream().flatMap(m -> m.getLessons().stream()).toList();
	}

	List<CourseModule> modulesWithQuiz() {
		return modules.stream().filter(CourseModule::hasQuiz).toList();
	}

	Optional<Lesson> lesson(long lessonId) {
		return lessons().stream().filter(l -> l.getId() == lessonId).findFirst();
	}

	Optional<CourseModule> module(long moduleId) {
		return modules.stream().filter(m -> m.getId() == moduleId).findFirst();
	}

	/** Loads everything a page shows while the transaction is open. */
	Course loaded() {
		targets.size();
		themes.size();
		trainers.size();
		if (provider != null) {
			provider.getName();
		}
		modules.forEach(CourseModule::loaded);
		return this;
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public Organisation getProvider() {
		return provider;
	}

	public String getLanguage() {
		return language;
	}

	public Level getLevel() {
		return level;
	}

	public int getEstimatedHours() {
		return estimatedHours;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public Audience getAudience() {
		return audience;
	}

	public String getCoverContentType() {
		return coverContentType;
	}

	public String getCoverAlt() {
		return coverAlt;
	}

	/** The goals of the course's targets, in order. */
	public List<Integer> goals() {
		return targets.stream().map(t -> Integer.valueOf(t.substring(0, t.indexOf('.') < 0 ? t.length() : t.indexOf('.'))))
			.distinct().sorted().toList();
	}

	public Set<String> getTargets() {
		return targets;
	}

	public Set<String> getThemes() {
		return themes;
	}

	public Set<Long> getTrainers() {
		return trainers;
	}

	public List<CourseModule> getModules() {
		return modules;
	}
}
