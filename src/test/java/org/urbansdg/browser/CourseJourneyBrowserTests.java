package org.urbansdg.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbansdg.Mailbox;
import org.urbansdg.People;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner completes a demo course in a real browser: enrols, reads the lessons, passes the quiz, downloads the
 * certificate and verifies the code printed in it. Course pages are checked with axe-core on the way.
 */
@PlatformTest
class CourseJourneyBrowserTests extends BrowserTest {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Test
	void learnerCompletesACourseAndVerifiesTheCertificate() throws Exception {
		People.Person learner = new People(accounts, members).member();
		signIn(learner.email(), "test password 123");

		open("/courses");
		assertNoSeriousViolations("/courses");
		clickLink("Writing a Voluntary Local Review");
		assertNoSeriousViolations("a course page");
		clickButton("Enrol in this course");
		assertThat(browser.getPageSource()).contains("You are enrolled.");
		clickLink("Continue where you left off");
		assertThat(heading()).isEqualTo("What a VLR is, and is not");
		assertNoSeriousViolations("a lesson page");
		clickLink("Next: Choosing goals and indicators");
		clickLink("Quiz: Getting started");
		clickButton("Start the quiz");
		assertNoSeriousViolations("a quiz");
		browser.findElement(By.xpath("//label[normalize-space(.)='The local government, usually with its partners']"))
			.click();
		clickButton("Submit my answers");
		assertThat(browser.getPageSource()).contains("Passed with 100%.");
		assertNoSeriousViolations("quiz feedback");

		open("/learning");
		assertThat(browser.getPageSource()).contains("You have completed this course.");
		assertNoSeriousViolations("/learning");
		String pdfLink = browser.findElement(By.linkText("Download your certificate (PDF)")).getAttribute("href");

		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfLink))
			.header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		String text;
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			text = new PDFTextStripper().getText(pdf);
		}
		assertThat(text).contains("Writing a Voluntary Local Review");
		Matcher code = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").matcher(text);
		assertThat(code.find()).as("a code in: " + text).isTrue();

		open("/verify/" + code.group());
		assertThat(browser.getPageSource()).contains("This certificate is valid").contains("Writing a Voluntary Local Review");
	}

	@Test
	void authoringPagesAndTheirErrorsAreAccessible() {
		signIn("trainer@demo.urbansdg.org", "demo-password-2026");
		open("/teach");
		clickLink("Writing a Voluntary Local Review");
		assertNoSeriousViolations("the course authoring page");
		clickLink("Settings: goals and themes, trainers, who may enrol, cover image");
		assertNoSeriousViolations("the course settings");
		browser.navigate().back();
		clickLink("Add a lesson");
		submit();
		assertThat(browser.getPageSource()).contains("error-summary");
		assertNoSeriousViolations("the lesson form with errors");
		open("/teach/trainings/new");
		submit();
		assertThat(browser.getPageSource()).contains("error-summary");
		assertNoSeriousViolations("the training session form with errors");
	}
}
