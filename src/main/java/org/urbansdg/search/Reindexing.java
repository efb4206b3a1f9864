package org.urbansdg.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the search indexes (cases, news, events, courses) from the database with Hibernate Search's mass indexer,
 * one run at a time, and keeps its progress for the admin page. The index is derived data: rebuilding it is always
 * safe. Started from {@code /admin/search}, or on start with {@code --urbansdg.search.reindex=true} (the application
 * waits for it before it serves requests). An empty index beside a database (a first start after an upgrade) is
 * filled on start, in the background.
 * <p>
 * Several nodes share one OpenSearch index, so one rebuild at a time across all of them: each holds a PostgreSQL
 * session-level advisory lock ({@link #REBUILD_LOCK}) from start to end, and a node that finds it taken starts
 * nothing. A session-level lock (not a row) is released by PostgreSQL itself when a node dies mid-rebuild.
 */
@Service
@EnableConfigurationProperties(Reindexing.SearchSettings.class)
class Reindexing implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(Reindexing.class);

	/** The advisory lock key of a rebuild, the same on every node: "USDG" in ASCII, as {@code pg_locks} shows it. */
	static final long REBUILD_LOCK = 0x55534447L;

	private final EntityManagerFactory entityManagerFactory;

	private final DataSource dataSource;

	private final SearchSettings settings;

	private volatile Progress progress = new Progress(State.IDLE, 0, 0, null, null);

	/** The rebuild under way, if any: cancelled when the application stops, before the database goes. */
	private volatile java.util.concurrent.CompletableFuture<?> running;

	Reindexing(EntityManagerFactory entityManagerFactory, DataSource dataSource, SearchSettings settings) {
		this.entityManagerFactory = entityManagerFactory;
		this.dataSource = dataSource;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		if (settings.reindex()) {
			log.info("Rebuilding the search index (urbansdg.search.reindex=true)");
			if (start(true, false) != Start.STARTED) {
				return;
			}
			while (progress.state() == State.RUNNING) {
				Thread.sleep(200);
			}
			Progress done = progress;
			log.info("Search index rebuilt: {} documents in {} ms, {}", done.done(), done.finished() == null ? "?"
					: Duration.between(done.started(), done.finished()).toMillis(), done.state());
		}
		else if (indexIsEmpty() && start(false, true) == Start.STARTED) {
			// A new or lost index beside an existing database (the first start after an upgrade): fill it.
			log.info("The search index is empty; building it from the database in the background");
		}
	}

	/**
	 * A rebuild still running when the application stops is cancelled; otherwise its agent (with outbox polling) goes
	 * on trying to open sessions on the closed persistence unit.
	 */
	@jakarta.annotation.PreDestroy
	void stop() {
		java.util.concurrent.CompletableFuture<?> rebuild = running;
		if (rebuild != null && !rebuild.isDone()) {
			log.info("Cancelling the search index rebuild: the application is stopping");
			rebuild.cancel(true);
		}
	}

	private boolean indexIsEmpty() {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager).search(Object.class).where(f -> f.matchAll()).fetchTotalHitCount() == 0;
		}
	}

	Progress progress() {
		return progress;
	}

	/**
	 * How many documents each index holds (published cases; all news, events and courses), in the order of the
	 * search page's tabs.
	 */
	java.util.Map<ContentType, Long> documentCounts() {
		java.util.Map<ContentType, Long> counts = new java.util.EnumMap<>(ContentType.class);
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			for (ContentType type : ContentType.values()) {
				Class<?> entity = type.entity == null ? org.urbansdg.casestudy.CaseStudy.class : type.entity;
				counts.put(type, Search.session(entityManager).search(entity).where(f -> f.matchAll()).fetchTotalHitCount());
			}
		}
		return counts;
	}

	/**
	 * Starts a rebuild in the background, unless one is running already on this node or on another. Without purging,
	 * every document is rewritten in place, so searches keep finding everything meanwhile (the admin button); purging
	 * first is faster and drops documents of rows that no longer exist (the start-up switch, before requests are
	 * served).
	 */
	Start start(boolean purge) {
		return start(purge, false);
	}

	/**
	 * With {@code onlyIfEmpty} the index is checked again once the lock is held: a node that starts just after another
	 * one filled the index leaves it alone.
	 */
	private synchronized Start start(boolean purge, boolean onlyIfEmpty) {
		if (progress.state() == State.RUNNING) {
			return Start.RUNNING_HERE;
		}
		Connection lock = takeLock();
		if (lock == null) {
			log.info("Another node is rebuilding the search index; this one starts no rebuild");
			return Start.RUNNING_ELSEWHERE;
		}
		try {
			if (onlyIfEmpty && !indexIsEmpty()) {
				release(lock);
				return Start.NOT_NEEDED;
			}
			rebuild(purge, lock);
			return Start.STARTED;
		}
		catch (RuntimeException e) {
			release(lock);
			if (progress.running()) {
				// The mass indexer did not start: the page must not wait for it.
				progress = new Progress(State.FAILED, 0, 0, progress.started(), Instant.now());
			}
			throw e;
		}
	}

	/** Runs the mass indexer in the background; the lock is released when it ends, however it ends. */
	private void rebuild(boolean purge, Connection lock) {
		AtomicLong total = new AtomicLong();
		AtomicLong done = new AtomicLong();
		Instant started = Instant.now();
		progress = new Progress(State.RUNNING, 0, 0, started, null);
		MassIndexingMonitor monitor = new MassIndexingMonitor() {

			@Override
			public void addToTotalCount(long count) {
				progress = new Progress(State.RUNNING, total.addAndGet(count), done.get(), started, null);
			}

			@Override
			public void documentsAdded(long increment) {
				progress = new Progress(State.RUNNING, total.get(), done.addAndGet(increment), started, null);
			}

			@Override
			public void documentsBuilt(long increment) {
			}

			@Override
			public void entitiesLoaded(long increment) {
			}

			@Override
			public void indexingCompleted() {
			}
		};
		java.util.concurrent.CompletableFuture<?> job = Search.mapping(entityManagerFactory)
			.scope(Object.class)
			.massIndexer()
			.purgeAllOnStart(purge)
			.threadsToLoadObjects(2)
			// Fewer, larger batches: each batch loads the cases, then their targets, themes and places in a few queries.
			.batchSizeToLoadObjects(50)
			.monitor(monitor)
			.start()
			.toCompletableFuture();
		running = job;
		job.whenComplete((ignored, failure) -> {
				release(lock);
				if (failure != null) {
					log.error("Rebuilding the search index failed", failure);
				}
				progress = new Progress(failure == null ? State.DONE : State.FAILED, total.get(), done.get(), started,
						Instant.now());
			});
	}

	/**
	 * The rebuild lock, held by a connection of its own until {@link #release}: a session-level advisory lock
	 * belongs to the connection that took it, and the pool gives a borrowed connection to no one else. Null (and no
	 * connection kept) when another session holds it.
	 */
	private Connection takeLock() {
		Connection connection;
		try {
			connection = dataSource.getConnection();
		}
		catch (SQLException e) {
			throw new CannotGetJdbcConnectionException("No connection for the search rebuild lock", e);
		}
		try {
			if (Boolean.TRUE.equals(jdbc(connection).queryForObject("SELECT pg_try_advisory_lock(?)", Boolean.class,
					REBUILD_LOCK))) {
				return connection;
			}
			close(connection);
			return null;
		}
		catch (RuntimeException e) {
			close(connection);
			throw e;
		}
	}

	private void release(Connection lock) {
		try {
			jdbc(lock).queryForObject("SELECT pg_advisory_unlock(?)", Boolean.class, REBUILD_LOCK);
			close(lock);
		}
		catch (DataAccessException e) {
			// Back in the pool the connection would keep the lock and block every later rebuild: end its session.
			log.error("Releasing the search rebuild lock failed; closing its database session", e);
			try {
				lock.abort(Runnable::run);
			}
			catch (SQLException ignored) {
				// The session is gone already, and its lock with it.
			}
			close(lock);
		}
	}

	private static JdbcTemplate jdbc(Connection connection) {
		return new JdbcTemplate(new SingleConnectionDataSource(connection, true));
	}

	private static void close(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException e) {
			log.warn("Closing the connection of the search rebuild lock failed", e);
		}
	}

	/** What asking for a rebuild did. */
	enum Start {
		STARTED, RUNNING_HERE, RUNNING_ELSEWHERE, NOT_NEEDED
	}

	public enum State {
		IDLE, RUNNING, DONE, FAILED
	}

	/** Public for the template engine, which reads it by reflection. */
	public record Progress(State state, long total, long done, Instant started, Instant finished) {

		public boolean running() {
			return state == State.RUNNING;
		}

		public int percent() {
			return total == 0 ? (state == State.DONE ? 100 : 0) : (int) Math.min(100, done * 100 / total);
		}

		public long seconds() {
			return started == null ? 0 : Duration.between(started, finished == null ? Instant.now() : finished).toSeconds();
		}
	}

	/** {@code urbansdg.search.*}: where the index lives, and whether to rebuild it on start. */
	@ConfigurationProperties("urbansdg.search")
	record SearchSettings(@DefaultValue("./data/index") String indexDir, @DefaultValue("false") boolean reindex) {
	}
}
