package org.urbansdg.search;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

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
import org.springframework.stereotype.Service;

/**
 * Rebuilds the search indexes (cases, news, events, courses) from the database with Hibernate Search's mass indexer, one run at a time, and keeps
 * its progress for the admin page. The index is derived data: rebuilding it is always safe. Started from
 * {@code /admin/search}, or on start with {@code --urbansdg.search.reindex=true} (the application waits for it
 * before it serves requests). An empty index beside a database (a first start after an upgrade) is filled on start,
 * in the background.
 */
@Service
@EnableConfigurationProperties(Reindexing.SearchSettings.class)
class Reindexing implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(Reindexing.class);

	private final EntityManagerFactory entityManagerFactory;

	private final SearchSettings settings;

	private volatile Progress progress = new Progress(State.IDLE, 0, 0, null, null);

	/** The rebuild under way, if any: cancelled when the application stops, before the database goes. */
	private volatile java.util.concurrent.CompletableFuture<?> running;

	Reindexing(EntityManagerFactory entityManagerFactory, SearchSettings settings) {
		this.entityManagerFactory = entityManagerFactory;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		if (settings.reindex()) {
			log.info("Rebuilding the search index (urbansdg.search.reindex=true)");
			if (start(true)) {
				while (progress.state() == State.RUNNING) {
					Thread.sleep(200);
				}
			}
			Progress done = progress;
			log.info("Search index rebuilt: {} documents in {} ms, {}", done.done(), done.finished() == null ? "?"
					: Duration.between(done.started(), done.finished()).toMillis(), done.state());
		}
		else if (indexIsEmpty()) {
			// A new or lost index beside an existing database (the first start after an upgrade): fill it.
			log.info("The search index is empty; building it from the database in the background");
			start(false);
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

	/** How many documents each index holds (all of them, public or not), in the order of the search page's tabs. */
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
	 * Starts a rebuild in the background; false if one is running already. Without purging, every document is
	 * rewritten in place, so searches keep finding everything meanwhile (the admin button); purging first is faster
	 * and drops documents of rows that no longer exist (the start-up switch, before requests are served).
	 */
	synchronized boolean start(boolean purge) {
		if (progress.state() == State.RUNNING) {
			return false;
		}
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
				if (failure != null) {
					log.error("Rebuilding the search index failed", failure);
				}
				progress = new Progress(failure == null ? State.DONE : State.FAILED, total.get(), done.get(), started,
						Instant.now());
			});
		return true;
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
