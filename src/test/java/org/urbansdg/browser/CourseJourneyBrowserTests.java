package org.urbansdg.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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
class CourseJourneyBrowserTests {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void start() {
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@AfterEach
	void stop() {
		browser.quit();
	}

	@Test
	void learnerCompletesACourseAndVerifiesTheCertificate() throws Exception {
		People.Person learner = new People(accounts, members).member();
		open("/sign-in");
		type("email", learner.email());
		type("password", "test password 123");
		clickButton("Sign in");
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));

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

	private void assertNoSeriousViolations(String page) {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
			.analyze(browser);
		List<String> serious = results.getViolations()
			.stream()
			.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
			.map(Rule::getId)
			.toList();
		assertThat(serious).as("serious or critical axe violations on " + page + ": "
				+ results.getViolations().stream().map(v -> v.getId() + " " + v.getNodes().get(0).getHtml()).toList())
			.isEmpty();
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void clickButton(String label) {
		navigate(() -> browser.findElement(By.xpath("//button[normalize-space(.)='" + label + "']")).click());
	}

	private void clickLink(String text) {
		navigate(() -> browser.findElement(By.linkText(text)).click());
	}

	private void navigate(Runnable action) {
		WebElement page = browser.findElement(By.tagName("html"));
		action.run();
		wait.until(ExpectedConditions.stalenessOf(page));
	}

	private String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}
}
