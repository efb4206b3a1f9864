package org.urbansdg.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.calendar.CalendarEvent;
import org.urbansdg.casestudy.CaseTextBinder.Family;
import org.urbansdg.casestudy.search.CaseSearchQuery;
import org.urbansdg.learning.Course;
import org.urbansdg.news.NewsPost;

/**
 * Searches the news, events and courses indexes ({@link ContentMapping}) for what the public may see: released news
 * whose publication time has come, every event, published courses. Words go through {@code simpleQueryString} over
 * every language field, as for cases; when they match nothing, the search is repeated allowing two edits per word.
 */
@Service
class ContentSearch {

	private static final int SUMMARY = 300;

	@PersistenceContext
	private EntityManager entityManager;

	private final Clock clock;

	ContentSearch(java.util.Optional<Clock> clock) {
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * How many public items of this type the words find as typed, for the tabs of the search page. Spelling tolerance
	 * is left to the list shown: counting with it on every tab of every page cost more than the search itself.
	 */
	@Transactional(readOnly = true)
	public long count(ContentType type, String text) {
		SearchSession session = Search.session(entityManager);
		SearchScope<?> scope = session.scope(type.entity);
		return session.search(scope).where(predicate(scope, type, text, false)).fetchTotalHitCount();
	}

	@Transactional(readOnly = true)
	public ContentResult search(ContentQuery query) {
		ContentType type = query.contentType();
		String text = query.text();
		SearchSession session = Search.session(entityManager);
		SearchScope<?> scope = session.scope(type.entity);
		boolean fuzzy = false;
		SearchResult<List<?>> page = hits(session, scope, query, predicate(scope, type, text, false));
		if (page.total().hitCount() == 0 && !text.isEmpty()) {
			SearchResult<List<?>> tolerant = hits(session, scope, query, predicate(scope, type, text, true));
			if (tolerant.total().hitCount() > 0) {
				page = tolerant;
				fuzzy = true;
			}
		}
		List<ContentResult.Hit> hits = new ArrayList<>();
		for (List<?> row : page.hits()) {
			hits.add(hit(type, row.get(0), snippet(row.subList(1, row.size()))));
		}
		return new ContentResult(hits, page.total().hitCount(), query.pageNumber(), fuzzy);
	}

	private SearchResult<List<?>> hits(SearchSession session, SearchScope<?> scope, ContentQuery query,
			SearchPredicate predicate) {
		var s = scope.sort();
		var sort = query.newestFirst() ? s.field("date").desc().toSort()
				: s.composite().add(s.score()).add(s.field("date").desc()).toSort();
		return session.search(scope)
			.select(projection(scope))
			.where(predicate)
			.sort(sort)
			.highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML).numberOfFragments(1))
			.fetch((query.pageNumber() - 1) * CaseSearchQuery.PAGE_SIZE, CaseSearchQuery.PAGE_SIZE);
	}

	private static SearchProjection<List<?>> projection(SearchScope<?> scope) {
		var f = scope.projection();
		List<SearchProjection<?>> parts = new ArrayList<>();
		parts.add(f.entity().toProjection());
		for (Family family : Family.values()) {
			parts.add(f.highlight("text_" + family).toProjection());
		}
		return f.composite().from(parts.toArray(SearchProjection<?>[]::new)).asList().toProjection();
	}

	private SearchPredicate predicate(SearchScope<?> scope, ContentType type, String text, boolean fuzzy) {
		var f = scope.predicate();
		var bool = f.bool();
		switch (type) {
			case NEWS -> bool.filter(f.match().field("released").matching(true))
				.filter(f.range().field("date").atMost(Instant.now(clock)));
			case COURSES -> bool.filter(f.match().field("status").matching(Course.Status.PUBLISHED));
			default -> bool.filter(f.matchAll());
		}
		if (!text.isEmpty()) {
			List<String> fields = new ArrayList<>();
			for (Family family : Family.values()) {
				if (!fuzzy || family.spelt()) {
					for (String field : ContentTextBinder.FIELDS) {
						fields.add(field + "_" + family);
					}
				}
			}
			String[] all = fields.toArray(String[]::new);
			bool.must(fuzzy ? f.match().fields(all).matching(text).fuzzy(2, 1).minimumShouldMatchPercent(100)
					: f.simpleQueryString().fields(all).matching(text).defaultOperator(BooleanOperator.AND));
		}
		return bool.toPredicate();
	}

	private static ContentResult.Hit hit(ContentType type, Object entity, String snippet) {
		if (entity instanceof NewsPost p) {
			return new ContentResult.Hit(p.getTitle(), type.path + p.getId(), p.getPublishedAt(), snippet,
					summary(p.getSummary()));
		}
		if (entity instanceof CalendarEvent e) {
			return new ContentResult.Hit(e.getTitle(), type.path + e.getId(), e.getStartsAt(), snippet,
					summary(e.getDescription()));
		}
		Course c = (Course) entity;
		return new ContentResult.Hit(c.getTitle(), type.path + c.getId(), c.getPublishedAt(), snippet,
				summary(c.getSummary()));
	}

	private static String summary(String text) {
		if (text == null) {
			return "";
		}
		return text.length() <= SUMMARY ? text : text.substring(0, SUMMARY) + "…";
	}

	private static String snippet(List<?> highlights) {
		for (Object h : highlights) {
			if (h instanceof List<?> passages && !passages.isEmpty()) {
				return passages.get(0).toString();
			}
		}
		return null;
	}
}
