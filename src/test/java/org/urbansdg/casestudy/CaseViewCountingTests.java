package org.urbansdg.casestudy;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.urbansdg.People;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A script without cookies counts one view per client network, case and day, and nothing stored names the client. */
@PlatformTest
class CaseViewCountingTests {

	static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseTestData cases;

	@Autowired
	CaseViews views;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	long id;

	@BeforeEach
	void aPublishedCase() {
		People people = new People(accounts, members);
		id = cases.published(people.editorOf(people.organisation()).email(), people.secretariat().email(), "en",
				"Viewed " + UUID.randomUUID(), "S.", "B.");
	}

	long count() {
		return jdbc.sql("select coalesce(max(views), 0) from case_study_views where case_study_id = ?").param(id)
			.query(Long.class).single();
	}

	MvcResult view(String address) throws Exception {
		return mvc.perform(get("/cases/" + id).header("User-Agent", BROWSER).with(r -> {
			r.setRemoteAddr(address);
			return r;
		})).andExpect(status().isOk()).andReturn();
	}

	@Test
	void fiftyRequestsFromOneAddressCountOnceAndKeepNoSession() throws Exception {
		for (int i = 0; i < 50; i++) {
			MvcResult result = view("203.0.113.50");
			assertThat(result.getRequest().getSession(false)).as("no session for a visitor").isNull();
		}
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void twoAddressesCountTwo() throws Exception {
		view("203.0.113.1");
		view("203.0.113.2");
		view("203.0.113.1");
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void addressesOfOneIpv6NetworkCountOnce() throws Exception {
		view("2001:db8:1:2::1");
		view("2001:db8:1:2:ffff:ffff:ffff:fffe");
		view("2001:0db8:0001:0002:0:0:0:7");
		assertThat(count()).as("one /64").isEqualTo(1);
		view("2001:db8:1:3::1");
		assertThat(count()).as("another /64").isEqualTo(2);
	}

	@Test
	void theNextDayCountsAgain() throws Exception {
		view("203.0.113.9");
		assertThat(views.count(id, "203.0.113.9", views.today())).as("same day").isFalse();
		LocalDate tomorrow = views.today().plusDays(1);
		assertThat(views.count(id, "203.0.113.9", tomorrow)).isTrue();
		assertThat(views.count(id, "203.0.113.9", tomorrow)).isFalse();
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void storedRowsHoldNoAddress() throws Exception {
		String address = "198.51.100." + (1 + (int) (id % 250));
		view(address);
		view("2001:db8:77::5");
		assertThat(count()).isEqualTo(2);
		assertThat(jdbc.sql("select column_name from information_schema.columns where table_name = 'case_view_seen'")
			.query(String.class).list()).containsExactlyInAnyOrder("day", "digest");
		List<String> rows = jdbc.sql("select s::text from case_view_seen s").query(String.class).list();
		rows.addAll(jdbc.sql("select k::text from case_view_key k").query(String.class).list());
		assertThat(rows).isNotEmpty();
		for (String hidden : List.of(address, "2001:db8:77", "2001:0db8:0077")) {
			String hex = HexFormat.of().formatHex(hidden.getBytes());
			assertThat(rows).noneMatch(row -> row.contains(hidden) || row.contains(hex));
		}
	}

	@Test
	void pastDaysAreForgotten() {
		LocalDate past = views.today().minusDays(3);
		assertThat(views.count(id, "203.0.113.30", past)).isTrue();
		assertThat(jdbc.sql("select count(*) from case_view_key where day = ?").param(past).query(Long.class).single())
			.isEqualTo(1);
		views.forgetPastDays();
		assertThat(jdbc.sql("select count(*) from case_view_seen where day < ?").param(views.today())
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from case_view_key where day < ?").param(views.today())
			.query(Long.class).single()).isZero();
		// What was counted stays counted.
		assertThat(count()).isEqualTo(1);
	}
}
