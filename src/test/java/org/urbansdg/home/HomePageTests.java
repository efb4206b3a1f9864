package org.urbansdg.home;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.casestudy.CaseTestData;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page's cases and goals. Its news and events are in {@code SitemapAndHomeTests}, its weight in
 * {@code PageWeightTests}.
 */
@PlatformTest
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	CaseTestData cases;

	@Test
	void aNewlyPublishedCaseLeadsTheLatestCasesAndCountsUnderItsGoals() throws Exception {
		People people = new People(accounts, members);
		Person editor = people.editorOf(people.organisation());
		Person secretariat = people.secretariat();
		String before = goalTile(home(), 11).select(".count").text();

		String title = "Rain gardens for " + UUID.randomUUID();
		long id = cases.published(editor.email(), secretariat.email(), "en", title, "Streets that drink the rain.",
				"Body.");

		Document home = home();
		Element latest = home.select("#latest + ul .card").first();
		assertThat(latest.select("h3 a").text()).isEqualTo(title);
		assertThat(latest.select("h3 a").attr("href")).isEqualTo("/cases/" + id);
		assertThat(latest.text()).contains("Streets that drink the rain.");
		assertThat(count(goalTile(home, 11).select(".count").text())).isEqualTo(count(before) + 1);
	}

	@Test
	void eachOfTheSeventeenGoalsLeadsToItsCases() throws Exception {
		Document home = home();
		assertThat(home.select("#goals + ul a.goal-tile")).hasSize(17);
		for (int goal = 1; goal <= 17; goal++) {
			Element tile = goalTile(home, goal);
			assertThat(tile.attr("href")).isEqualTo("/cases?goal=" + goal);
			assertThat(tile.select(".count").text()).matches("no cases|one case|[0-9,]+ cases");
		}
	}

	Document home() throws Exception {
		return Jsoup.parse(mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	static Element goalTile(Document home, int goal) {
		return home.select("#goals + ul a.goal-" + goal).first();
	}

	/** "no cases", "one case" or "12 cases" as a number. */
	static int count(String text) {
		return switch (text) {
			case "no cases" -> 0;
			case "one case" -> 1;
			default -> Integer.parseInt(text.replaceAll("[^0-9]", ""));
		};
	}
}
