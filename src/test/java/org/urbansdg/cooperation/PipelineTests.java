package org.urbansdg.cooperation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.urbansdg.CaseFixtures;
import org.urbansdg.Mailbox;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Role;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/**
 * The secretariat's pipeline: only the secretariat sees it; filters by status, country, goal and age; overdue
 * requests are marked; the CSV has public facts only; a partner suggestion is shown to both parties and mailed to
 * the requester's side, and bad input changes nothing and keeps what was typed.
 */
@PlatformTest
class PipelineTests {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	Cooperations cooperations;

	@Autowired
	PipelineSuggestions suggestions;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	JdbcTemplate jdbc;

	People people;

	Person ownerEditor;

	Person asker;

	Person requesterEditor;

	Person secretariat;

	long requester;

	long caseId;

	/** A country no other organisation is in: filtering by it shows this test's requests only. */
	String country;

	/** The requesting organisation is the only one in {@link #country}, so the country filter isolates this test's rows. */
	@BeforeEach
	void setUp() {
		people = new People(accounts, members);
		long owner = people.organisation();
		ownerEditor = people.editorOf(owner);
		long city = members.cities().get(0).getId();
		java.util.Set<String> taken = new java.util.HashSet<>();
		members.organisations().forEach(o -> taken.add(o.getCountryCode()));
		country = java.util.Arrays.stream(java.util.Locale.getISOCountries()).filter(c -> !taken.contains(c))
			.filter(c -> !c.equals("AT")).findFirst().orElseThrow();
		requester = members.addOrganisation("Test City " + java.util.UUID.randomUUID(),
				Organisation.Type.LOCAL_GOVERNMENT, country, city, Organisation.Membership.ACTIVE, null).getId();
		asker = people.person(requester);
		requesterEditor = people.person(requester, Role.EDITOR);
		secretariat = people.secretariat();
		caseId = fixtures.published(owner, ownerEditor, secretariat);
	}

	Actor actor(Person person) {
		return accounts.actor(person.id()).orElseThrow();
	}

	long askedDaysAgo(int days) {
		long id = cooperations.ask(actor(asker), CooperationsTests.ask(caseId));
		jdbc.update("update cooperation_request set requested_at = ? where id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofDays(days))), id);
		return id;
	}

	Document page(Person person, String url) throws Exception {
		MvcResult result = mvc.perform(get(url).with(as(person))).andExpect(status().isOk()).andReturn();
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

	Element row(Document page, long id) {
		return page.select("tbody tr").stream()
			.filter(tr -> !tr.select("a[href=/cooperation/" + id + "]").isEmpty())
			.findFirst().orElse(null);
	}

	@Test
	void theSecretariatSeesEveryRequestWithTheOverdueOnesMarked() throws Exception {
		long overdue = askedDaysAgo(20);
		Document page = page(secretariat, "/cooperation/pipeline?country=" + country);
		Element row = row(page, overdue);
		assertThat(row).isNotNull();
		assertThat(row.hasClass("overdue")).isTrue();
		assertThat(row.text()).contains("Overdue", "Requested", "(20 days)", "11.2");
		assertThat(page.text()).doesNotContain("Private aim");
		assertThat(page.select("table caption").text()).isNotBlank();
		assertThat(page.select("thead th[scope=col]")).hasSizeGreaterThanOrEqualTo(6);

		cooperations.accept(actor(ownerEditor), overdue, null);
		Element answered = row(page(secretariat, "/cooperation/pipeline?country=" + country), overdue);
		assertThat(answered.hasClass("overdue")).isFalse();
		assertThat(answered.text()).contains("Accepted").doesNotContain("Overdue");
	}

	@Test
	void theFiltersNarrowTheListAndAValueThePageDoesNotOfferIsIgnored() throws Exception {
		long old = askedDaysAgo(40);
		cooperations.withdraw(actor(asker), old);
		long recent = askedDaysAgo(2);
		assertThat(row(page(secretariat, "/cooperation/pipeline?country=" + country), old)).isNotNull();
		Document requested = page(secretariat, "/cooperation/pipeline?country=" + country + "&status=REQUESTED");
		assertThat(row(requested, recent)).isNotNull();
		assertThat(row(requested, old)).isNull();
		Document aged = page(secretariat, "/cooperation/pipeline?country=" + country + "&age=30");
		assertThat(row(aged, old)).isNotNull();
		assertThat(row(aged, recent)).isNull();
		assertThat(row(page(secretariat, "/cooperation/pipeline?country=" + country + "&goal=11"), recent)).isNotNull();
		assertThat(row(page(secretariat, "/cooperation/pipeline?country=" + country + "&goal=3"), recent)).isNull();
		assertThat(row(page(secretariat, "/cooperation/pipeline?country=AT"), recent)).isNull();
		Document tampered = page(secretariat, "/cooperation/pipeline?country=" + country + "&status=NOPE&goal=99&age=-1&page=x");
		assertThat(row(tampered, recent)).isNotNull();
		assertThat(row(tampered, old)).isNotNull();
	}

	@Test
	void morePagesThanOneAreLinkedAndAPageBeyondTheLastShowsTheLast() throws Exception {
		long first = askedDaysAgo(3);
		jdbc.update("""
				insert into cooperation_request (case_study_id, owner_organisation_id, requesting_organisation_id,
				  requested_by, aim, preferred_language, timeframe, status, requested_at, closed_at)
				select case_study_id, owner_organisation_id, requesting_organisation_id, requested_by, aim,
				  preferred_language, timeframe, 'WITHDRAWN', now() - interval '1 day', now()
				from cooperation_request, generate_series(1, 30) where id = ?""", first);
		Document one = page(secretariat, "/cooperation/pipeline?country=" + country);
		assertThat(one.select("tbody tr")).hasSize(Pipeline.PAGE_SIZE);
		assertThat(one.select(".pagination").text()).contains("Page 1 of 2", "Next");
		assertThat(one.select(".pagination a[rel=next]").attr("href")).contains("country=" + country, "page=2");
		Document two = page(secretariat, "/cooperation/pipeline?country=" + country + "&page=2");
		assertThat(two.select("tbody tr")).hasSize(31 - Pipeline.PAGE_SIZE);
		assertThat(row(two, first)).isNotNull();
		assertThat(page(secretariat, "/cooperation/pipeline?country=" + country + "&page=9").select(".pagination").text())
			.contains("Page 2 of 2");
	}

	@Test
	void onlyTheSecretariatMayOpenThePipelineOrItsCsv() throws Exception {
		for (Person other : List.of(ownerEditor, asker, people.person(null, Role.JUDGE))) {
			mvc.perform(get("/cooperation/pipeline").with(as(other))).andExpect(status().isForbidden());
			mvc.perform(get("/cooperation/pipeline?format=csv").with(as(other))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/cooperation/pipeline")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theCsvHasPublicFactsOnlyInTheDocumentedColumns() throws Exception {
		long id = askedDaysAgo(16);
		MvcResult result = mvc.perform(get("/cooperation/pipeline?country=" + country + "&format=csv").with(as(secretariat)))
			.andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		String csv = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).isEqualTo("\uFEFF" + String.join(",",
				PipelineController.CSV_COLUMNS.stream().map(c -> "\"" + c + "\"").toList()));
		assertThat(csv).contains("\"" + id + "\"", "\"REQUESTED\"", "\"CALL STUDY_VISIT\"", "\"11.2\"", "\"true\"")
			.doesNotContain("Private aim", "Rainy season", "Southeast Asia");
	}

	@Test
	void aSuggestedPartnerIsShownToBothPartiesAndMailedToTheRequesterSide() throws Exception {
		long id = askedDaysAgo(1);
		long partner = people.organisation();
		String partnerName = members.organisation(partner).orElseThrow().getName();
		mvc.perform(post("/cooperation/pipeline/" + id + "/suggestions").with(as(secretariat)).with(csrf())
			.param("organisationId", String.valueOf(partner)).param("note", "They ran the same scheme in 2021."))
			.andExpect(status().is3xxRedirection());
		CooperationRequest request = cooperations.get(actor(ownerEditor), id);
		assertThat(suggestions.of(request)).singleElement().satisfies(s -> {
			assertThat(s.organisation()).isEqualTo(partnerName);
			assertThat(s.note()).isEqualTo("They ran the same scheme in 2021.");
		});
		for (Person party : List.of(asker, ownerEditor)) {
			Element shown = page(party, "/cooperation/" + id).selectFirst("section[aria-labelledby=suggestions-heading]");
			assertThat(shown).as(party.email()).isNotNull();
			assertThat(shown.text()).contains("The secretariat suggests", partnerName, "They ran the same scheme in 2021.");
		}
		for (Person told : List.of(asker, requesterEditor)) {
			var message = Mailbox.await(mail, told.email(), 1).stream()
				.filter(m -> CooperationRemindersTests.subject(m).startsWith("A partner suggested")).findFirst()
				.orElseThrow();
			assertThat(Mailbox.body(message)).contains(partnerName, "/cooperation/" + id)
				.doesNotContain("same scheme");
		}
	}

	@Test
	void aBadSuggestionSaysWhyKeepsTheNoteAndChangesNothing() throws Exception {
		long id = askedDaysAgo(1);
		String party = mvc.perform(post("/cooperation/pipeline/" + id + "/suggestions").with(as(secretariat))
			.with(csrf()).param("organisationId", String.valueOf(requester)).param("note", "Typed note"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(party).select(".error-summary").text())
			.contains("This organisation is already part of the request");
		assertThat(Jsoup.parse(party).select("textarea#note").text()).isEqualTo("Typed note");
		String missing = mvc.perform(post("/cooperation/pipeline/" + id + "/suggestions").with(as(secretariat))
			.with(csrf()).param("note", "Still here"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(missing).select(".field-error").text()).contains("This field is required.");
		assertThat(Jsoup.parse(missing).select("textarea#note").text()).isEqualTo("Still here");
		mvc.perform(post("/cooperation/pipeline/" + id + "/suggestions").with(as(secretariat)).with(csrf())
			.param("organisationId", String.valueOf(people.organisation())).param("note", "x".repeat(1001)))
			.andExpect(status().isOk());
		mvc.perform(post("/cooperation/pipeline/" + id + "/suggestions").with(as(secretariat)).with(csrf())
			.param("organisationId", "999999999"))
			.andExpect(status().isOk());
		mvc.perform(post("/cooperation/pipeline/999999999/suggestions").with(as(secretariat)).with(csrf())
			.param("organisationId", String.valueOf(people.organisation())))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from cooperation_suggestion where request_id = ?",
				Long.class, id)).isZero();
	}

	@Test
	void aPartnerIsSuggestedOnceAndOnlyWhileTheRequestIsOpen() throws Exception {
		long id = askedDaysAgo(1);
		long partner = people.organisation();
		mvc.perform(post("/cooperation/pipeline/" + id + "/suggestions").with(as(secretariat)).with(csrf())
			.param("organisationId", String.valueOf(partner)).param("note", "First"))
			.andExpect(status().is3xxRedirection());
		String again = mvc.perform(post("/cooperation/pipeline/" + id + "/suggestions").with(as(secretariat))
			.with(csrf()).param("organisationId", String.valueOf(partner)).param("note", "Second typed note"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(again).select(".error-summary").text())
			.contains("This organisation has already been suggested for this request");
		assertThat(Jsoup.parse(again).select("textarea#note").text()).isEqualTo("Second typed note");
		cooperations.withdraw(actor(asker), id);
		String closed = mvc.perform(post("/cooperation/pipeline/" + id + "/suggestions").with(as(secretariat))
			.with(csrf()).param("organisationId", String.valueOf(people.organisation())).param("note", "Late note"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(closed).select(".error-summary").text()).contains("This request is no longer open");
		assertThat(Jsoup.parse(closed).select("textarea#note").text()).isEqualTo("Late note");
		assertThat(jdbc.queryForObject("select count(*) from cooperation_suggestion where request_id = ?",
				Long.class, id)).isEqualTo(1L);
	}
}
