package org.urbansdg.cooperation;

import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.CaseFixtures;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Cooperation in numbers": public, accessible tables, and a replication counted only once both organisations agreed
 * to publish it; nothing the cities wrote appears.
 */
@PlatformTest
class NumbersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cooperations cooperations;

	@Autowired
	Numbers numbers;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	Actor actor(Person person) {
		return accounts.actor(person.id()).orElseThrow();
	}

	Document page() throws Exception {
		return Jsoup.parse(mvc.perform(get("/cooperation/numbers")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	/** The count in the "by country" table for Iceland (only this test's organisations are there), or 0. */
	static long iceland(Document page) {
		return page.select("table").stream()
			.flatMap(t -> t.select("tbody tr").stream())
			.filter(tr -> tr.select("th").text().equals("Iceland"))
			.map(tr -> Long.parseLong(tr.select("td").text().replace(",", "")))
			.findFirst().orElse(0L);
	}

	@Test
	void aVisitorSeesAccessibleTablesAndAReplicationCountsOnlyOnceBothAgreedToPublishIt() throws Exception {
		People people = new People(accounts, members);
		long owner = people.organisation();
		Person ownerEditor = people.editorOf(owner);
		long city = members.cities().get(0).getId();
		long requester = members.addOrganisation("Reykjavik Test " + java.util.UUID.randomUUID(),
				Organisation.Type.LOCAL_GOVERNMENT, "IS", city, Organisation.Membership.ACTIVE, null).getId();
		Person asker = people.editorOf(requester);
		long caseId = fixtures.published(owner, ownerEditor, people.secretariat());
		long before = iceland(page());
		long totalBefore = numbers.summary().replications();

		long id = cooperations.ask(actor(asker), CooperationsTests.ask(caseId));
		cooperations.accept(actor(ownerEditor), id, null);
		cooperations.start(actor(asker), id);
		cooperations.close(actor(asker), id,
				new Cooperations.Closing(Outcome.REPLICATED, "Private note about the pilot", "Private figure 42", null));
		cooperations.agreeToPublish(actor(asker), id);
		assertThat(iceland(page())).isEqualTo(before);
		assertThat(numbers.summary().replications()).isEqualTo(totalBefore);

		cooperations.agreeToPublish(actor(ownerEditor), id);
		// The numbers read casestudy's record of the announcement, written after commit by its listener.
		await().atMost(Duration.ofSeconds(30)).until(() -> numbers.summary().replications() == totalBefore + 1);
		Document page = page();
		assertThat(iceland(page)).isEqualTo(before + 1);
		assertThat(numbers.summary().byGoal()).isNotEmpty();
		assertThat(numbers.summary().medianDaysToAnswer()).isNotNull();
		assertThat(page.text()).doesNotContain("Private note", "Private figure", "Private aim", "Reykjavik Test");
		for (Element table : page.select("table")) {
			assertThat(table.select("caption").text()).isNotBlank();
			assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col");
			assertThat(table.select("tbody th").eachAttr("scope")).containsOnly("row");
		}
		assertThat(page.select("table")).hasSize(3);
		assertThat(page.select("footer a[href=/cooperation/numbers]")).isNotEmpty();
	}

	@Test
	void theYearsCountRequestsAcceptedAndCompleted() {
		List<Numbers.Year> years = numbers.summary().years();
		assertThat(years).isNotEmpty();
		assertThat(years).allSatisfy(y -> {
			assertThat(y.requests()).isGreaterThanOrEqualTo(y.accepted());
			assertThat(y.accepted()).isGreaterThanOrEqualTo(y.completed());
		});
		assertThat(years.stream().mapToLong(Numbers.Year::requests).sum()).isPositive();
	}

	@Test
	void itIsInKoreanForKoreanReaders() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/cooperation/numbers").param("lang", "ko"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("숫자로 보는 협력");
	}
}
