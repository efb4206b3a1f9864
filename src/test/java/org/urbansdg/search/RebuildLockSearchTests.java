package org.urbansdg.search;

import java.sql.Connection;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One rebuild at a time across the nodes that share the database: another session holding the rebuild lock, as a
 * node rebuilding the index does, stands for that other node. Runs on both backends.
 */
@PlatformTest
class RebuildLockSearchTests {

	@Autowired
	Reindexing reindexing;

	@Autowired
	DataSource dataSource;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	Person secretariat;

	@BeforeEach
	void setUp() {
		secretariat = new People(accounts, members).secretariat();
		awaitNoRebuildHere();
	}

	void awaitNoRebuildHere() {
		await().atMost(Duration.ofMinutes(2)).until(() -> !reindexing.progress().running());
	}

	@Test
	void noRebuildStartsWhileAnotherNodeHoldsTheLock() throws Exception {
		Reindexing.Progress before = reindexing.progress();
		try (Connection otherNode = dataSource.getConnection()) {
			JdbcTemplate other = new JdbcTemplate(new SingleConnectionDataSource(otherNode, true));
			assertThat(other.queryForObject("SELECT pg_try_advisory_lock(?)", Boolean.class, Reindexing.REBUILD_LOCK))
				.isTrue();
			try {
				assertThat(reindexing.start(false)).isEqualTo(Reindexing.Start.RUNNING_ELSEWHERE);
				assertThat(reindexing.progress()).isEqualTo(before);

				// The admin button says so, and starts nothing either.
				MvcResult refused = mvc.perform(post("/admin/search/reindex").with(csrf()).with(People.as(secretariat)))
					.andExpect(status().is3xxRedirection())
					.andReturn();
				String page = mvc.perform(get("/admin/search").flashAttrs(refused.getFlashMap()).with(People.as(secretariat)))
					.andExpect(status().isOk())
					.andReturn().getResponse().getContentAsString();
				assertThat(page).contains("Another node of the platform is rebuilding the index; nothing was started here.");
				assertThat(reindexing.progress()).isEqualTo(before);
			}
			finally {
				other.queryForObject("SELECT pg_advisory_unlock(?)", Boolean.class, Reindexing.REBUILD_LOCK);
			}
		}
	}

	@Test
	void aRebuildReleasesTheLockWhenItEnds() throws Exception {
		assertThat(reindexing.start(false)).isEqualTo(Reindexing.Start.STARTED);
		awaitNoRebuildHere();
		assertThat(reindexing.progress().state()).isEqualTo(Reindexing.State.DONE);
		try (Connection otherNode = dataSource.getConnection()) {
			JdbcTemplate other = new JdbcTemplate(new SingleConnectionDataSource(otherNode, true));
			assertThat(other.queryForObject("SELECT pg_try_advisory_lock(?)", Boolean.class, Reindexing.REBUILD_LOCK))
				.isTrue();
			other.queryForObject("SELECT pg_advisory_unlock(?)", Boolean.class, Reindexing.REBUILD_LOCK);
		}
	}
}
