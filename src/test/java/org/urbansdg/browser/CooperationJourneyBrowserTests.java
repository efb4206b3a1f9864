package org.urbansdg.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.urbansdg.Mailbox;
import org.urbansdg.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * City-to-city cooperation in a real browser: Bangkok's editor asks Seoul to learn from a Seoul case, Seoul's focal
 * point accepts, they write to each other (one message with a file), record milestones, start, close as adapted into
 * a Bangkok case and both agree to publish. Every new page is checked with axe-core; the e-mails in GreenMail.
 */
@PlatformTest
class CooperationJourneyBrowserTests extends BrowserTest {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	static final String BANGKOK = "editor.bangkok@demo.urbansdg.org";

	static final String SEOUL = "focal.seoul@demo.urbansdg.org";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void bangkokLearnsFromSeoulAndTheAdaptationIsPublished() throws Exception {
		long seoulCase = jdbc.queryForObject("""
				select min(c.id) from case_study c join organisation o on o.id = c.organisation_id
				where o.name = 'Seoul Metropolitan Government' and c.status = 'PUBLISHED'
				  and not exists (select 1 from cooperation_request r where r.case_study_id = c.id
				                  and r.status in ('REQUESTED', 'ACCEPTED', 'IN_PROGRESS'))""", Long.class);
		long bangkokCase = jdbc.queryForObject("""
				select min(c.id) from case_study c join organisation o on o.id = c.organisation_id
				where o.name = 'Bangkok Metropolitan Administration' and c.status = 'PUBLISHED'""", Long.class);
		String bangkokTitle = jdbc.queryForObject("select title from case_study where id = ?", String.class, bangkokCase);

		// Bangkok asks.
		signIn(BANGKOK, DEMO_PASSWORD);
		open("/cooperation/ask?case=" + seoulCase);
		assertNoSeriousViolations("/cooperation/ask");
		browser.findElement(By.cssSelector("input[name=help][value=STUDY_VISIT]")).click();
		type("aim", "Bring the practice to two Bangkok districts before the rainy season.");
		new Select(browser.findElement(By.id("timeframe"))).selectByIndex(1);
		clickButton("Send the request");
		String requestPath = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("[#?].*", "");
		assertThat(requestPath).matches("/cooperation/\\d+");
		assertNoSeriousViolations(requestPath);
		signOut();

		// Seoul's focal point is told, opens the link and accepts, and writes first.
		MimeMessage requested = awaitMail(SEOUL, "New request to learn from", requestPath);
		assertThat(body(requested)).doesNotContain("two Bangkok districts");
		signIn(SEOUL, DEMO_PASSWORD);
		open(requestPath);
		clickButton("Accept");
		type("text", "Welcome! Which districts do you have in mind?");
		clickButton("Send message");
		assertThat(browser.getPageSource()).contains("Message sent.");
		signOut();

		// Bangkok sees the unread message, reads it and answers with a file.
		awaitMail(BANGKOK, "New message about", requestPath);
		signIn(BANGKOK, DEMO_PASSWORD);
		open("/cooperation");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("1 unread");
		open(requestPath);
		assertThat(browser.findElement(By.id("thread")).getText()).contains("Which districts do you have in mind?")
			.contains("New");
		Path pdf = Files.createTempFile("district-map", ".pdf");
		Files.write(pdf, ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>"
				+ "endobj\n% Private district figures\ntrailer<</Root 1 0 R>>\n%%EOF").getBytes(StandardCharsets.US_ASCII));
		type("text", "Bang Khen and Lat Phrao; the map is attached.");
		browser.findElement(By.id("thread-file")).sendKeys(pdf.toString());
		clickButton("Send message");
		assertThat(browser.findElement(By.id("thread")).getText()).contains(pdf.getFileName().toString());

		// A milestone with a date in the future is refused and keeps the note; then it is recorded.
		new Select(browser.findElement(By.id("kind"))).selectByValue("CALL_OR_MEETING");
		setDate("happenedOn", java.time.LocalDate.now().plusDays(5));
		type("note", "Kick-off call with both teams");
		clickButton("Record milestone");
		assertThat(browser.findElement(By.id("milestones")).getText()).contains("The date cannot be in the future.");
		assertThat(browser.findElement(By.id("note")).getAttribute("value")).isEqualTo("Kick-off call with both teams");
		assertNoSeriousViolations(requestPath + " (milestone refused)");
		setDate("happenedOn", java.time.LocalDate.now());
		clickButton("Record milestone");
		assertThat(browser.findElement(By.id("milestones")).getText()).contains("Call or meeting held")
			.contains("Kick-off call with both teams");
		signOut();

		// Seoul is told without the file or the text, and records a study visit before the work starts.
		MimeMessage answer = awaitMail(SEOUL, "New message about", requestPath);
		assertThat(body(answer)).doesNotContain("Private district figures").doesNotContain("Lat Phrao")
			.doesNotContain(pdf.getFileName().toString());
		signIn(SEOUL, DEMO_PASSWORD);
		open(requestPath);
		new Select(browser.findElement(By.id("kind"))).selectByValue("STUDY_VISIT");
		setDate("happenedOn", java.time.LocalDate.now());
		clickButton("Record milestone");
		clickButton("Start the work");
		signOut();

		// Bangkok closes it as adapted into its own case, and both agree to publish.
		signIn(BANGKOK, DEMO_PASSWORD);
		open(requestPath);
		new Select(browser.findElement(By.id("outcome"))).selectByValue("ADAPTED");
		new Select(browser.findElement(By.id("adaptedCaseStudyId"))).selectByValue(String.valueOf(bangkokCase));
		clickButton("Close with an outcome");
		assertThat(browser.findElements(By.id("thread-form"))).isEmpty();
		clickButton("Agree to publish this outcome");
		signOut();
		signIn(SEOUL, DEMO_PASSWORD);
		open(requestPath);
		clickButton("Agree to publish this outcome");
		assertNoSeriousViolations(requestPath + " (closed)");
		signOut();
		assertThat(jdbc.queryForObject("select outcome from cooperation_request where id = ?", String.class,
				Long.parseLong(requestPath.substring(requestPath.lastIndexOf('/') + 1)))).isEqualTo("ADAPTED");

		// Counted back (after commit, through casestudy's listener): the Seoul case names Bangkok, and Bangkok's case
		// says what it was adapted from.
		String seoulTitle = jdbc.queryForObject("select title from case_study where id = ?", String.class, seoulCase);
		untilPageShows("/cases/" + seoulCase, "Replicated or adapted in");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Bangkok");
		untilPageShows("/cases/" + bangkokCase, "Adapted from");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(seoulTitle);
		assertThat(heading()).isEqualTo(bangkokTitle);
	}

	/** Opens the page until it shows the text (what a listener records after commit takes a moment). */
	private void untilPageShows(String path, String text) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 20_000;
		do {
			open(path);
			if (browser.findElement(By.tagName("main")).getText().contains(text)) {
				return;
			}
			Thread.sleep(250);
		}
		while (System.currentTimeMillis() < deadline);
		assertThat(browser.findElement(By.tagName("main")).getText()).as(path).contains(text);
	}

	/** A date input is filled the way a date picker would, whatever the browser's locale shows. */
	private void setDate(String id, java.time.LocalDate date) {
		browser.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, date.toString());
	}

	private static String body(MimeMessage message) {
		return Mailbox.body(message);
	}

	private MimeMessage awaitMail(String to, String subject, String link) throws Exception {
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			List<MimeMessage> all = Mailbox.to(mail, to);
			for (MimeMessage m : all) {
				if (m.getSubject().startsWith(subject) && body(m).contains(link)) {
					return m;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No mail \"" + subject + "\" to " + to);
	}
}
