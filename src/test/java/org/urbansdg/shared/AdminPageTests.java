package org.urbansdg.shared;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/** The secretariat's starting page, {@code /admin}. Who may open it is in {@code AuthorisationMatrixTests}. */
@PlatformTest
class AdminPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Test
	void theAdministrationPageLeadsToEverySecretariatPageAndEachOpens() throws Exception {
		Person secretariat = new People(accounts, members).secretariat();
		Document page = Jsoup.parse(mvc.perform(get("/admin").with(as(secretariat))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Administration");
		List<String> links = page.select("main .card h2 a").eachAttr("href");
		assertThat(links).containsExactly("/review", "/admin/users", "/admin/organisations", "/admin/cities",
				"/admin/certificates", "/admin/themes", "/admin/news", "/admin/events", "/cooperation/pipeline", "/admin/awards", "/admin/search");
		for (String link : links) {
			mvc.perform(get(link).with(as(secretariat))).andExpect(status().isOk());
		}
	}
}
