package org.urbansdg.cooperation;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbansdg.CaseFixtures;
import org.urbansdg.Mailbox;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Role;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

/** Cities' challenges: posting, reading, offers of help, suggested partners, closing and expiry. */
@PlatformTest
class ChallengeTests {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScheduledTaskHolder scheduler;

	@Autowired
	ChallengeSettings settings;

	@Autowired
	Challenges challenges;

	@Autowired
	PlatformTransactionManager transactions;

	People people;

	long owner;

	Person editor;

	@BeforeEach
	void setUp() {
		people = new People(accounts, members);
		owner = people.organisation();
		editor = people.editorOf(owner);
	}

	MockHttpServletRequestBuilder posting(String title) {
		return post("/challenges/new").with(csrf()).with(as(editor)).param("title", title)
			.param("description", "Our riverside streets flood each monsoon.").param("targets", "11.5", "13.1")
			.param("themes", "disaster-resilience").param("neededBy", LocalDate.now().plusDays(60).toString());
	}

	long postChallenge(String title) throws Exception {
		String location = mvc.perform(posting(title)).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.replaceAll("\\D", ""));
	}

	Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	long count() {
		return jdbc.sql("select count(*) from challenge where organisation_id = ?").param(owner).query(Long.class)
			.single();
	}

	String statusOf(long id) {
		return jdbc.sql("select status from challenge where id = ?").param(id).query(String.class).single();
	}

	@Test
	void aPostedChallengeIsPublicWithItsTargetsAndContext() throws Exception {
		String title = "Flooded riverside streets " + System.nanoTime();
		long id = postChallenge(title);
		Document page = page(get("/challenges/" + id));
		assertThat(page.select("h1").text()).isEqualTo(title);
		assertThat(page.text()).contains("Target 11.5").contains("Target 13.1").contains("South Korea")
			.contains("Open").contains("Help needed by");
		// A visitor is offered a sign-in link, never a form.
		assertThat(page.select("form[action$=/offers]")).isEmpty();
		assertThat(page.select("a[href=/sign-in]").text()).contains("Sign in to offer help");
		assertThat(page.select("#matched-practices")).hasSize(1);
	}

	@Test
	void badInputKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
		long before = count();
		String typed = "We need help with heat in dense neighbourhoods.";
		Document page = page(post("/challenges/new").with(csrf()).with(as(editor)).param("title", " ")
			.param("description", typed).param("targets", "11.7", "99.9").param("themes", "mobility")
			.param("neededBy", LocalDate.now().minusDays(1).toString()));
		assertThat(page.select("#title-error").text()).isEqualTo("This field is required.");
		assertThat(page.select("#targets .field-error").text()).isEqualTo("Choose SDG targets from the list.");
		assertThat(page.select("#neededBy-error").text())
			.isEqualTo("The date is in the past: choose today or a later day.");
		assertThat(page.select("textarea#description").text()).isEqualTo(typed);
		assertThat(page.select("input[name=targets][value=11.7]").hasAttr("checked")).isTrue();
		assertThat(page.select("input[name=themes][value=mobility]").hasAttr("checked")).isTrue();

		Document oversized = page(post("/challenges/new").with(csrf()).with(as(editor)).param("title", "x".repeat(301))
			.param("description", "y".repeat(8001)).param("neededBy", "next week"));
		assertThat(oversized.select("#title-error").text()).isEqualTo("Enter between 0 and 300 characters.");
		assertThat(oversized.select("#description-error").text()).isEqualTo("Enter between 0 and 8,000 characters.");
		assertThat(oversized.select("#targets .field-error").text()).isEqualTo("Choose at least one SDG target.");
		assertThat(oversized.select("#neededBy-error").text()).isEqualTo("Enter a date as YYYY-MM-DD.");
		assertThat(oversized.select("input#title").val()).hasSize(301);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void visitorsReadButCannotPostOrOffer() throws Exception {
		long id = postChallenge("Read only " + System.nanoTime());
		mvc.perform(get("/challenges/new")).andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).endsWith("/sign-in"));
		mvc.perform(post("/challenges/new").with(csrf()).param("title", "Mine"))
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).endsWith("/sign-in"));
		mvc.perform(post("/challenges/" + id + "/offers").with(csrf()).param("note", "Help"))
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).endsWith("/sign-in"));
		assertThat(jdbc.sql("select count(*) from challenge_offer where challenge_id = ?").param(id).query(Long.class)
			.single()).isZero();
		mvc.perform(get("/challenges")).andExpect(status().isOk());
	}

	@Test
	void anotherOrganisationOffersOnceAndTheOwnerIsToldByEmail() throws Exception {
		String title = "Heat in dense neighbourhoods " + System.nanoTime();
		long id = postChallenge(title);
		long helper = people.organisation();
		Person first = people.editorOf(helper);
		Person second = people.person(helper);
		mvc.perform(post("/challenges/" + id + "/offers").with(csrf()).with(as(first))
			.param("note", "We planted shade trees on forty streets.")).andExpect(status().is3xxRedirection());
		var message = Mailbox.await(mail, editor.email(), 1).get(0);
		assertThat(message.getSubject()).isEqualTo("Offer of help: " + title);
		assertThat(Mailbox.body(message)).contains("We planted shade trees on forty streets.")
			.contains("/challenges/" + id);

		Document refused = page(post("/challenges/" + id + "/offers").with(csrf()).with(as(second))
			.param("note", "Us again."));
		assertThat(refused.select("#note-error").text())
			.isEqualTo("Your organisation has already offered help with this challenge.");
		assertThat(refused.select("textarea#note").text()).isEqualTo("Us again.");
		assertThat(jdbc.sql("select count(*) from challenge_offer where challenge_id = ?").param(id)
			.query(Long.class).single()).isOne();

		// The owner's own organisation cannot offer, and the page shows the one offer.
		Document own = page(post("/challenges/" + id + "/offers").with(csrf()).with(as(editor)).param("note", "Self"));
		assertThat(own.select("#note-error").text())
			.isEqualTo("Your organisation posted this challenge; it cannot offer help with it.");
		assertThat(page(get("/challenges/" + id)).select("#offers ~ ul .card p:not(.meta)").text())
			.isEqualTo("We planted shade trees on forty streets.");
	}

	@Test
	void theOwnerTurnsAnOfferIntoARequestForOneOfTheOfferingOrganisationsPractices() throws Exception {
		long id = postChallenge("Bus lanes " + System.nanoTime());
		long helper = people.organisation();
		Person helperEditor = people.editorOf(helper);
		long practice = cases.published(helper, helperEditor, people.secretariat());
		mvc.perform(post("/challenges/" + id + "/offers").with(csrf()).with(as(helperEditor))
			.param("note", "See our practice.")).andExpect(status().is3xxRedirection());
		String ask = "/cooperation/ask?case=" + practice + "&challenge=" + id;
		Document ownerView = page(get("/challenges/" + id).with(as(editor)));
		assertThat(ownerView.select("section[aria-labelledby=offers] a[href='" + ask + "']")).hasSize(1);
		assertThat(ownerView.text()).contains(helperEditor.email());
		// Nobody else sees the contact or the link.
		Document visitorView = page(get("/challenges/" + id));
		assertThat(visitorView.select("a[href^=/cooperation/ask]")).isEmpty();
		assertThat(visitorView.text()).doesNotContain(helperEditor.email());
	}

	@Test
	void onlyTheOwnerClosesAsSolvedAndAClosedChallengeTakesNoOffers() throws Exception {
		long id = postChallenge("Close me " + System.nanoTime());
		Person outsider = people.editorOf(people.organisation());
		mvc.perform(post("/challenges/" + id + "/close").with(csrf()).with(as(outsider))).andExpect(status().isForbidden());
		assertThat(statusOf(id)).isEqualTo("OPEN");
		Person focalPoint = people.person(owner, Role.FOCAL_POINT);
		mvc.perform(post("/challenges/" + id + "/close").with(csrf()).with(as(focalPoint)))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("SOLVED");
		mvc.perform(post("/challenges/" + id + "/close").with(csrf()).with(as(editor))).andExpect(status().isConflict());
		Document refused = page(post("/challenges/" + id + "/offers").with(csrf()).with(as(outsider)).param("note", "Late"));
		assertThat(refused.select("#note-error").text()).isEqualTo("This challenge is closed.");
	}

	@Test
	void theSecretariatSuggestsAPartnerAndTheOwnerIsTold() throws Exception {
		String title = "Waste separation " + System.nanoTime();
		long id = postChallenge(title);
		long partner = people.organisation();
		String partnerName = members.organisation(partner).orElseThrow().getName();
		mvc.perform(post("/challenges/" + id + "/suggestions").with(csrf()).with(as(people.secretariat()))
			.param("organisationId", String.valueOf(partner)).param("note", "They did this last year."))
			.andExpect(status().is3xxRedirection());
		// The note is written for the owner: its editors and the secretariat read it, the public only the name.
		assertThat(page(get("/challenges/" + id)).select("#suggested-partners ~ ul").text()).contains(partnerName)
			.doesNotContain("They did this last year.");
		assertThat(page(get("/challenges/" + id).with(as(people.editorOf(people.organisation()))))
			.select("#suggested-partners ~ ul").text()).contains(partnerName).doesNotContain("They did this last year.");
		assertThat(page(get("/challenges/" + id).with(as(editor))).select("#suggested-partners ~ ul").text())
			.contains(partnerName).contains("They did this last year.");
		assertThat(page(get("/challenges/" + id).with(as(people.secretariat()))).select("#suggested-partners ~ ul")
			.text()).contains("They did this last year.");
		var message = Mailbox.await(mail, editor.email(), 1).get(0);
		assertThat(message.getSubject()).isEqualTo("A suggested partner: " + title);
		Document own = page(post("/challenges/" + id + "/suggestions").with(csrf()).with(as(people.secretariat()))
			.param("organisationId", String.valueOf(owner)));
		assertThat(own.select("#organisationId-error").text())
			.isEqualTo("This organisation posted the challenge; suggest another one.");
	}

	/**
	 * Runs {@code work} in a transaction on another thread and keeps that transaction open (its row locks held) for a
	 * moment after the work, while {@code meanwhile} runs here; returns once both are done.
	 */
	void whileAnotherTransactionHolds(Runnable work, ThrowingRunnable meanwhile) throws Exception {
		CountDownLatch done = new CountDownLatch(1);
		Thread other = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			work.run();
			done.countDown();
			try {
				Thread.sleep(1500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		other.start();
		assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
		meanwhile.run();
		other.join();
	}

	interface ThrowingRunnable {

		void run() throws Exception;
	}

	@Test
	void theSamePartnerSuggestedTwiceAtOnceIsStoredOnceAndTheSecondIsToldWhy() throws Exception {
		long id = postChallenge("Suggested at once " + System.nanoTime());
		long partner = people.organisation();
		Person secretariat = people.secretariat();
		whileAnotherTransactionHolds(() -> jdbc.sql("""
				insert into challenge_suggestion (challenge_id, organisation_id, suggested_by, created_at)
				values (?, ?, ?, now())""").params(id, partner, secretariat.id()).update(),
				() -> {
					// The check before the insert cannot see the other's row yet: the constraint refuses it.
					Document refused = page(post("/challenges/" + id + "/suggestions").with(csrf()).with(as(secretariat))
						.param("organisationId", String.valueOf(partner)).param("note", "Typed at once"));
					assertThat(refused.select("#organisationId-error").text())
						.isEqualTo("This organisation has already been suggested for this challenge.");
				});
		assertThat(jdbc.sql("select count(*) from challenge_suggestion where challenge_id = ?").param(id)
			.query(Long.class).single()).isOne();
	}

	@Test
	void markingSolvedWhileTheJobExpiresItWaitsAndIsRefusedAsClosed() throws Exception {
		long id = postChallenge("Solved while expiring " + System.nanoTime());
		jdbc.sql("update challenge set needed_by = ? where id = ?")
			.params(LocalDate.now(java.time.ZoneOffset.UTC).minusDays(settings.graceDays() + 1L), id).update();
		whileAnotherTransactionHolds(challenges::expireOverdue,
				() -> mvc.perform(post("/challenges/" + id + "/close").with(csrf()).with(as(editor)))
					.andExpect(status().isConflict()));
		assertThat(statusOf(id)).isEqualTo("EXPIRED");
	}

	@Test
	void theListFiltersByGoalCountryAndStatus() throws Exception {
		String title = "Filtered " + System.nanoTime();
		long id = postChallenge(title);
		assertThat(page(get("/challenges").param("goal", "13").param("country", "KR").param("status", "OPEN"))
			.select("#results h2 a").eachText()).contains(title);
		assertThat(page(get("/challenges").param("goal", "4")).select("#results h2 a").eachText()).doesNotContain(title);
		assertThat(page(get("/challenges").param("country", "TH")).select("#results h2 a").eachText())
			.doesNotContain(title);
		assertThat(page(get("/challenges").param("status", "SOLVED")).select("#results h2 a").eachText())
			.doesNotContain(title);
		// The demo's open challenges are listed too.
		assertThat(page(get("/challenges").param("country", "TH")).select("#results h2 a").eachText())
			.anyMatch(t -> t.contains("protected cycle lanes"));
		assertThat(id).isPositive();
	}

	@Test
	void theDailyJobExpiresOpenChallengesOnceTheDateAndTheGraceHavePassed() throws Exception {
		long overdue = postChallenge("Overdue " + System.nanoTime());
		long inGrace = postChallenge("In grace " + System.nanoTime());
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		jdbc.sql("update challenge set needed_by = ? where id = ?")
			.params(today.minusDays(settings.graceDays() + 1L), overdue).update();
		jdbc.sql("update challenge set needed_by = ? where id = ?")
			.params(today.minusDays(settings.graceDays()), inGrace).update();
		List<CronTask> jobs = scheduler.getScheduledTasks().stream().map(ScheduledTask::getTask)
			.filter(t -> String.valueOf(t.getRunnable()).startsWith(CooperationJobs.class.getName()))
			.map(CronTask.class::cast).filter(t -> t.getExpression().equals(settings.expiryCron())).toList();
		assertThat(jobs).singleElement().satisfies(j -> assertThat(j.getExpression()).isEqualTo(settings.expiryCron()));
		jobs.get(0).getRunnable().run();
		assertThat(statusOf(overdue)).isEqualTo("EXPIRED");
		assertThat(statusOf(inGrace)).isEqualTo("OPEN");
		assertThat(page(get("/challenges/" + overdue)).text()).contains("Expired");
	}

	@Test
	void thePageShowsMatchedPracticesBestFirstWithTheirReasonsAndNeverTheOwnersOwn() throws Exception {
		long id = jdbc.sql("select id from challenge where title like 'Getting short trips out of cars%'")
			.query(Long.class).single();
		Document page = page(get("/challenges/" + id));
		var practices = page.select("section[aria-labelledby=matched-practices] li.card");
		assertThat(practices).isNotEmpty();
		assertThat(practices.get(0).select(".reasons li").eachText()).anyMatch(r -> r.startsWith("Shared targets: "));
		assertThat(practices.select("h3").eachText()).noneMatch(t -> t.contains("Monkey cheeks")
				|| t.contains("Fifteen-minute parks") || t.contains("Traffy Fondue"));
		assertThat(page.select("section[aria-labelledby=matched-organisations] li").eachText())
			.noneMatch(t -> t.contains("Bangkok"));
		// Only the owner is offered the one-step request; everyone else reads the list.
		assertThat(page.select("a[href^=/cooperation/ask]")).isEmpty();
		Person bangkok = new Person("editor.bangkok@demo.urbansdg.org", 0, null, List.of(Role.EDITOR));
		String href = practices.get(0).select("h3 a").attr("href");
		String caseId = href.substring(href.lastIndexOf('/') + 1);
		assertThat(page(get("/challenges/" + id).with(as(bangkok)))
			.select("section[aria-labelledby=matched-practices] li.card").get(0)
			.select("a[href='/cooperation/ask?case=" + caseId + "&challenge=" + id + "']")).hasSize(1);
	}

	@Test
	void tamperedListParametersAreRefusedOrIgnoredNeverA500() throws Exception {
		mvc.perform(get("/challenges").param("goal", "abc")).andExpect(status().isBadRequest());
		mvc.perform(get("/challenges").param("status", "DELETED")).andExpect(status().isBadRequest());
		mvc.perform(get("/challenges/abc")).andExpect(status().isNotFound());
		assertThat(page(get("/challenges").param("goal", "99").param("page", "-3")).select("#results .meta").text())
			.isNotBlank();
		assertThat(page(get("/challenges").param("country", "<b>'").param("page", "99999")).text())
			.contains("No challenge matches these filters.");
	}

	@Test
	void thePagesReadInKorean() throws Exception {
		long id = postChallenge("Korean " + System.nanoTime());
		assertThat(page(get("/challenges/" + id).param("lang", "ko")).text()).contains("도움 제안")
			.contains("세부목표 11.5").contains("진행 중");
		assertThat(page(get("/challenges").param("lang", "ko")).select("h1").text()).isEqualTo("도시의 과제");
		assertThat(page(get("/challenges/new").with(as(editor)).param("lang", "ko")).select("h1").text())
			.isEqualTo("과제 올리기");
	}
}
