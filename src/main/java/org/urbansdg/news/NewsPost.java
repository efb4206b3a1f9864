package org.urbansdg.news;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DomainException;

/**
 * A news post. It is a draft until released; a released post is scheduled until its publication time comes and
 * published from then on, so no job has to switch it (readers' queries ask for {@code publishedAt <= now}).
 */
@Entity
@Table(name = "news_post")
public class NewsPost {

	/** What a post's status is at a given moment. */
	public enum Status {
		DRAFT, SCHEDULED, PUBLISHED
	}

	/** What the secretariat writes; tags are lower-case words. */
	record Content(String title, String summary, String body, String coverAlt, Set<String> tags, Set<Integer> goals,
			Set<Organisation> organisations, Set<Long> caseIds, Set<Long> eventIds) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String summary;

	private String body;

	private Long authorId;

	private boolean released;

	private Instant publishedAt;

	private String coverContentType;

	private String coverAlt;

	// Each collection by a batched query of its own (docs/architecture.md, Data): joined, they would multiply into a
	// row per combination, each with the post's text.
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "news_post_tag", joinColumns = @JoinColumn(name = "post_id"))
	@Column(name = "tag")
	private Set<String> tags = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "news_post_goal", joinColumns = @JoinColumn(name = "post_id"))
	@Column(name = "goal_number")
	private Set<Integer> goals = new TreeSet<>();

	@ManyToMany(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@JoinTable(name = "news_post_organisation", joinColumns = @JoinColumn(name = "post_id"),
			inverseJoinColumns = @JoinColumn(name = "organisation_id"))
	private Set<Organisation> organisations = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "news_post_case", joinColumns = @JoinColumn(name = "post_id"))
	@Column(name = "case_study_id")
	private Set<Long> caseIds = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "news_post_event", joinColumns = @JoinColumn(name = "post_id"))
	@Column(name = "event_id")
	private Set<Long> eventIds = new TreeSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	protected NewsPost() {
	}

	NewsPost(long authorId, Content content, Instant now) {
		this.authorId = authorId;
		this.createdAt = now;
		write(content, now);
	}

	void write(Content c, Instant now) {
		title = c.title().strip();
		summary = c.summary().strip();
		body = c.body();
		coverAlt = c.coverAlt() == null || c.coverAlt().isBlank() ? null : c.coverAlt().strip();
		replace(tags, c.tags());
		replace(goals, c.goals());
		replace(organisations, c.organisations());
		replace(caseIds, c.caseIds());
		replace(eventIds, c.eventIds());
		updatedAt = now;
	}

	private static <T> void replace(Set<T> target, Set<T> values) {
		target.clear();
		target.addAll(values);
	}

	/** Releases the post to appear at {@code at}: now or earlier publishes it, later schedules it. */
	void release(Instant at, Instant now) {
		if (at == null) {
			throw new DomainException("news.publicationTimeMissing");
		}
		released = true;
		publishedAt = at;
		updatedAt = now;
	}

	/** Takes the post back to draft, off the public pages and feeds. */
	void withdraw(Instant now) {
		released = false;
		updatedAt = now;
	}

	/** An image needs a description for those who cannot see it. */
	void coverWith(String contentType, Instant now) {
		if (coverAlt == null) {
			throw new DomainException("news.coverAltMissing");
		}
		coverContentType = contentType;
		updatedAt = now;
	}

	public Status status(Instant now) {
		if (!released) {
			return Status.DRAFT;
		}
		return publishedAt.isAfter(now) ? Status.SCHEDULED : Status.PUBLISHED;
	}

	boolean isVisible(Instant now) {
		return status(now) == Status.PUBLISHED;
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

	public String getBody() {
		return body;
	}

	public Long getAuthorId() {
		return authorId;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public boolean isReleased() {
		return released;
	}

	public boolean hasCover() {
		return coverContentType != null;
	}

	public String getCoverContentType() {
		return coverContentType;
	}

	public String getCoverAlt() {
		return coverAlt;
	}

	public Set<String> getTags() {
		return new TreeSet<>(tags);
	}

	public Set<Integer> getGoals() {
		return new TreeSet<>(goals);
	}

	public Set<Organisation> getOrganisations() {
		return organisations;
	}

	public Set<Long> getCaseIds() {
		return new TreeSet<>(caseIds);
	}

	public Set<Long> getEventIds() {
		return new TreeSet<>(eventIds);
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
