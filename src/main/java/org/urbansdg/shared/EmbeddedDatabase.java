package org.urbansdg.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server inside the application when no database is configured, so that a newcomer needs
 * nothing but a JDK. Standard {@code SPRING_DATASOURCE_*} settings switch this off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	/** One server per folder and JVM: test contexts that Spring caches separately share it. */
	private static final Map<Path, EmbeddedPostgres> servers = new ConcurrentHashMap<>();

	@Bean
	DataSource dataSource(DatabaseSettings settings) {
		EmbeddedPostgres server = servers.computeIfAbsent(settings.dataDir().toAbsolutePath().normalize(),
				dir -> start(dir, settings.clean()));
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		// The server's own shutdown hook may stop it while Spring is still closing; do not wait long for it then.
		dataSource.setConnectionTimeout(3_000);
		return dataSource;
	}

	private static EmbeddedPostgres start(Path dir, boolean clean) {
		try {
			Files.createDirectories(dir);
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(clean)
				.setServerConfig("timezone", "UTC")
				.start();
			log.info("Embedded PostgreSQL on port {} with data in {}", server.getPort(), dir);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, ex);
		}
	}
}
