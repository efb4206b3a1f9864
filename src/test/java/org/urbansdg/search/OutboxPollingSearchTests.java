package org.urbansdg.search;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.account.Accounts;
import org.urbansdg.casestudy.CaseStudies;
import org.urbansdg.casestudy.CaseTestData;
import org.urbansdg.casestudy.search.CaseSearchQuery;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Outbox-polling coordination, as several application nodes run it: a change is not indexed by the transaction that
 * makes it but written as an event row in {@code hsearch_outbox_event} (Flyway V9), and an event processor, registered
 * in {@code hsearch_agent}, reads it back and indexes the case. Runs on the backend the tests are given: Lucene by
 * default, OpenSearch in {@code .ci/opensearch-tests.sh}. Its own application context, on the same database as the
 * others; it validates the OpenSearch index rather than recreating it, so the other search tests keep theirs.
 */
@SpringBootTest(properties = {
		"urbansdg.search.coordination=outbox-polling",
		// Outbox polling always indexes asynchronously; Hibernate Search refuses any synchronisation strategy.
		"spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=",
		"spring.jpa.properties.hibernate.search.schema_management.strategy=create-or-validate",
		"urbansdg.search.index-dir=target/test-index-outbox",
		"spring.modulith.events.republish-outstanding-events-on-restart=false" })
@ActiveProfiles({ "demo", "test" })
@Import(CaseTestData.class)
// Closed after the class, while the database is still up: its event processor would otherwise poll a stopped server.
@DirtiesContext
class OutboxPollingSearchTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseTestData cases;

	@Autowired
	CaseStudies caseStudies;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	Reindexing reindexing;

	/** The index of this context starts empty, so it is filled in the background; let that finish before closing. */
	@org.junit.jupiter.api.AfterEach
	void rebuildFinished() {
		await().atMost(Duration.ofMinutes(2)).until(() -> reindexing.progress().state() != Reindexing.State.RUNNING);
	}

	@Test
	void aChangeIsWrittenToTheOutboxAndIndexedByTheEventProcessor() {
		// A trigger keeps a copy of every event row as it is written: the processor may take the row away at once.
		jdbc.execute("CREATE TABLE IF NOT EXISTS test_outbox_seen (entity_name TEXT, entity_id TEXT)");
		jdbc.execute("""
				CREATE OR REPLACE FUNCTION test_outbox_seen() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN INSERT INTO test_outbox_seen VALUES (NEW.entity_name, NEW.entity_id); RETURN NEW; END $$""");
		jdbc.execute("""
				CREATE OR REPLACE TRIGGER test_outbox_seen AFTER INSERT ON hsearch_outbox_event
				FOR EACH ROW EXECUTE FUNCTION test_outbox_seen()""");
		try {
			People people = new People(accounts, members);
			Person secretariat = people.secretariat();
			Person editor = people.editorOf(people.organisation());
			String tag = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
			long id = cases.published(editor.email(), secretariat.email(), "en", "Outbox " + tag, "Summary " + tag,
					"Body.");

			List<String> events = jdbc.queryForList("SELECT entity_name FROM test_outbox_seen WHERE entity_id = ?",
					String.class, String.valueOf(id));
			assertThat(events).isNotEmpty().allMatch(name -> name.equals("CaseStudy"));
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
				.untilAsserted(() -> assertThat(caseStudies.search(CaseSearchQuery.of(tag)).hits())
					.extracting(h -> h.caseStudy().getId())
					.containsExactly(id));
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
				.until(() -> jdbc.queryForObject("SELECT count(*) FROM hsearch_outbox_event WHERE entity_id = ?",
						Long.class, String.valueOf(id)) == 0);
			assertThat(jdbc.queryForList("SELECT type FROM hsearch_agent", String.class))
				.anyMatch(type -> type.startsWith("EVENT_PROCESSING"));
		}
		finally {
			jdbc.execute("DROP TRIGGER IF EXISTS test_outbox_seen ON hsearch_outbox_event");
		}
	}
}
