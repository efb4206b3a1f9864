package org.urbansdg.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir where the embedded server keeps its files between runs
 * @param clean whether to wipe that folder on start (tests do, so each run starts empty)
 */
@ConfigurationProperties("urbansdg.database")
record DatabaseSettings(@DefaultValue("data/postgres") Path dataDir, @DefaultValue("false") boolean clean) {
}
