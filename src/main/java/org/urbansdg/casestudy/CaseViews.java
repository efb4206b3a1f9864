package org.urbansdg.casestudy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts views of public case pages for "most viewed": one per visitor session and case, none for bots (told by
 * their user agent), and nothing about the visitor is stored, only a counter per case. A view is one SQL increment;
 * the index is not touched. Every few minutes ({@code urbansdg.casestudy.views-refresh}, default five) the cases
 * whose count changed are written to the index again in batches, so the order lags the counters by up to that
 * interval (and a rebuild of the index always takes the current counts).
 */
@Service
public class CaseViews {

	private static final Logger log = LoggerFactory.getLogger(CaseViews.class);

	/** Crawlers, link previews, monitors and scripts, and anything that sends no user agent at all. */
	static final Pattern BOTS = Pattern.compile(
			"bot|crawl|spider|slurp|archiver|preview|facebookexternalhit|embedly|headless|lighthouse|monitor|"
					+ "pingdom|uptime|curl|wget|python|java/|httpclient|okhttp|go-http|libwww|axios|node-fetch|scrapy",
			Pattern.CASE_INSENSITIVE);

	static final String SEEN = CaseViews.class.getName() + ".seen";

	/** A session remembers at most this many cases; beyond, views are no longer counted for it. */
	static final int SESSION_LIMIT = 500;

	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	@PersistenceContext
	private EntityManager entityManager;

	CaseViews(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	static boolean isBot(String userAgent) {
		return userAgent == null || userAgent.isBlank() || BOTS.matcher(userAgent).find();
	}

	/** Counts a view of a published case's page unless this session has viewed it already or a bot asks. */
	void viewed(long caseId, HttpServletRequest request) {
		if (isBot(request.getHeader("User-Agent"))) {
			return;
		}
		HttpSession session = request.getSession();
		@SuppressWarnings("unchecked")
		Set<Long> seen = (Set<Long>) session.getAttribute(SEEN);
		if (seen == null) {
			seen = ConcurrentHashMap.newKeySet();
		}
		if (seen.size() >= SESSION_LIMIT || !seen.add(caseId)) {
			return;
		}
		session.setAttribute(SEEN, seen);
		jdbc.sql("""
				insert into case_study_views (case_study_id, views) values (:id, 1)
				on conflict (case_study_id) do update set views = case_study_views.views + 1""")
			.param("id", caseId)
			.update();
	}

	/**
	 * Writes the current counts of the cases whose count changed since the last refresh to the index, in batches
	 * of {@value #BATCH} per transaction; returns how many cases were refreshed.
	 */
	@Scheduled(fixedDelayString = "${urbansdg.casestudy.views-refresh:PT5M}",
			initialDelayString = "${urbansdg.casestudy.views-refresh:PT5M}")
	public int refreshIndex() {
		int refreshed = 0;
		while (true) {
			Integer n = transactions.execute(status -> refreshBatch());
			if (n == null || n == 0) {
				break;
			}
			refreshed += n;
		}
		if (refreshed > 0) {
			log.debug("Refreshed the view counts of {} cases in the search index", refreshed);
		}
		return refreshed;
	}

	private int refreshBatch() {
		record Stale(long id, long views) {
		}
		List<Stale> stale = jdbc.sql("""
				select case_study_id, views from case_study_views where views <> indexed_views
				order by case_study_id limit :batch""")
			.param("batch", BATCH)
			.query((rs, i) -> new Stale(rs.getLong(1), rs.getLong(2)))
			.list();
		SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
		for (Stale s : stale) {
			CaseStudy c = entityManager.find(CaseStudy.class, s.id());
			if (c != null) {
				plan.addOrUpdate(c);
			}
			// The count read before indexing: views counted meanwhile leave the row stale for the next round.
			jdbc.sql("update case_study_views set indexed_views = :views where case_study_id = :id")
				.param("views", s.views())
				.param("id", s.id())
				.update();
		}
		return stale.size();
	}
}
