package org.urbansdg.casestudy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts views of public case pages for "most viewed": one per client network (the address, or an IPv6 /64), case
 * and day (UTC), none for bots told by their user agent. Nothing is kept per visitor: no session (public pages are
 * stateless) and no address, only a keyed digest of (day, case, network) under a secret of the day
 * ({@link DailyViewKeys}), whose unique row makes a repeated view count nothing; digests and secrets of past days
 * are deleted. A script without cookies therefore counts one view per address it controls and day, not one per
 * request. A view is one SQL statement; the index is not touched. Every few minutes
 * ({@code urbansdg.casestudy.views-refresh}, default five) the cases whose count changed are written to the index
 * again in batches, so the order lags the counters by up to that interval (and a rebuild of the index always takes
 * the current counts).
 */
@Service
public class CaseViews {

	private static final Logger log = LoggerFactory.getLogger(CaseViews.class);

	/** Crawlers, link previews, monitors and scripts, and anything that sends no user agent at all. */
	static final Pattern BOTS = Pattern.compile(
			"bot|crawl|spider|slurp|archiver|preview|facebookexternalhit|embedly|headless|lighthouse|monitor|"
					+ "pingdom|uptime|curl|wget|python|java/|httpclient|okhttp|go-http|libwww|axios|node-fetch|scrapy",
			Pattern.CASE_INSENSITIVE);

	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final DailyViewKeys keys;

	private final Clock clock;

	@PersistenceContext
	private EntityManager entityManager;

	CaseViews(JdbcClient jdbc, TransactionTemplate transactions, DailyViewKeys keys, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.keys = keys;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	static boolean isBot(String userAgent) {
		return userAgent == null || userAgent.isBlank() || BOTS.matcher(userAgent).find();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneOffset.UTC));
	}

	/**
	 * Counts a view of a published case's page unless a bot asks or the client's network viewed it already today.
	 * The address is the connection's, or the one a trusted proxy forwarded (server.tomcat.remoteip).
	 */
	void viewed(long caseId, HttpServletRequest request) {
		if (!isBot(request.getHeader("User-Agent"))) {
			count(caseId, request.getRemoteAddr(), today());
		}
	}

	/** Counts the view unless this network was counted for this case on this day; says whether it counted. */
	boolean count(long caseId, String address, LocalDate day) {
		// One statement: the counter moves only if the digest's row is new, whichever node inserts it first.
		return jdbc.sql("""
				with first_view as (
				    insert into case_view_seen (day, digest) values (:day, :digest)
				    on conflict do nothing returning day)
				insert into case_study_views (case_study_id, views) select :id, 1 from first_view
				on conflict (case_study_id) do update set views = case_study_views.views + 1""")
			.param("day", day)
			.param("digest", keys.digest(day, caseId, address))
			.param("id", caseId)
			.update() == 1;
	}

	/** Deletes the digests and secrets of past days (hourly, so a day is forgotten soon after it ends). */
	@Scheduled(cron = "0 7 * * * *", zone = "UTC")
	public void forgetPastDays() {
		LocalDate today = today();
		int digests = jdbc.sql("delete from case_view_seen where day < :day").param("day", today).update();
		keys.forgetBefore(today);
		if (digests > 0) {
			log.debug("Forgot {} view digests of days before {}", digests, today);
		}
	}

	/**
	 * Writes the current counts of the cases whose count changed since the last refresh to the index, in batches
	 * of {@value #BATCH} per transaction; returns how many cases were refreshed. {@link CaseJobs} runs it every
	 * {@code urbansdg.casestudy.views-refresh}.
	 */
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
