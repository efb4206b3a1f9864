package org.urbansdg.casestudy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V22 moves the written sections of existing cases, and their history, from a column each into
 * {@code case_study_section} and its audit table (the platform's own tests start from an empty database, where
 * there is nothing to move). A database of its own, migrated up to V21, filled, then migrated on.
 */
class CaseSectionMigrationTests {

	@Test
	void sectionsAndTheirHistoryMoveIntoRows(@TempDir Path dir) throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(dir).start()) {
			var source = server.getPostgresDatabase();
			Flyway.configure().dataSource(source).target("21").load().migrate();
			JdbcClient jdbc = JdbcClient.create(source);
			jdbc.sql("INSERT INTO city (id, name, country_code) VALUES (1, 'Seoul', 'KR')").update();
			jdbc.sql("""
					INSERT INTO organisation (id, name, type, country_code, membership, created_at)
					VALUES (1, 'City', 'CITY', 'KR', 'ACTIVE', now())""").update();
			for (int rev = 1; rev <= 3; rev++) {
				jdbc.sql("INSERT INTO revision (id, timestamp) VALUES (?, 0)").param(rev).update();
			}
			jdbc.sql("""
					INSERT INTO case_study (id, status, title, summary, city_id, organisation_id, country_code, language,
					  background, strategy, funding_sources, lessons, created_by, created_at, updated_at)
					VALUES (7, 'DRAFT', 'T', 'S', 1, 1, 'KR', 'en', 'Floods.', 'Rain gardens, then more.', 'City.',
					  'Start small.', 1, now(), now())""").update();
			// Revision 1 wrote background and strategy; 2 changed the strategy and added lessons; 3 dropped the
			// background and added the funding sources.
			String audit = """
					INSERT INTO case_study_aud (id, rev, revtype, title, background, strategy, funding_sources, lessons)
					VALUES (7, ?, ?, 'T', ?, ?, ?, ?)""";
			jdbc.sql(audit).params(1, 0, "Floods.", "Rain gardens.", null, null).update();
			jdbc.sql(audit).params(2, 1, "Floods.", "Rain gardens, then more.", null, "Start small.").update();
			jdbc.sql(audit).params(3, 1, null, "Rain gardens, then more.", "City.", "Start small.").update();

			Flyway.configure().dataSource(source).load().migrate();

			assertThat(jdbc.sql("SELECT section_key, text FROM case_study_section WHERE case_study_id = 7")
				.query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
				.list()).containsExactlyInAnyOrder(Map.entry("background", "Floods."),
						Map.entry("strategy", "Rain gardens, then more."), Map.entry("fundingSources", "City."),
						Map.entry("lessons", "Start small."));
			assertThat(jdbc.sql("""
					SELECT rev || ' ' || revtype || ' ' || section_key || ' ' || text FROM case_study_section_aud
					WHERE case_study_id = 7 ORDER BY rev, revtype, section_key""").query(String.class).list())
				.containsExactly("1 0 background Floods.", "1 0 strategy Rain gardens.",
						"2 0 lessons Start small.", "2 0 strategy Rain gardens, then more.",
						"2 2 strategy Rain gardens.", "3 0 fundingSources City.", "3 2 background Floods.");
			List<String> left = jdbc.sql("""
					SELECT table_name || '.' || column_name FROM information_schema.columns
					WHERE table_name IN ('case_study', 'case_study_aud') AND column_name IN ('background', 'lessons')""")
				.query(String.class).list();
			assertThat(left).isEmpty();
		}
	}
}
