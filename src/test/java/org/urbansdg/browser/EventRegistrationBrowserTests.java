package org.urbansdg.browser;

import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.urbansdg.Mailbox;
import org.urbansdg.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member finds a training in the calendar and registers for it in a real browser, and receives the confirmation.
 * The news and event pages pass axe-core, and their JSON-LD blocks cause no Content Security Policy error.
 */
@PlatformTest
class EventRegistrationBrowserTests {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	static final String DEMO_PASSWORD = "demo-password-2026";

	static final String TRAINING = "Training: SDG indicators for city planners";

	@LocalServerPort
	int port;

	ChromeDriver browser;

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
	void aMemberRegistersForATrainingFromTheCalendar() {
		signIn("member@demo.urbansdg.org", DEMO_PASSWORD);
		open("/events?type=TRAINING");
		navigate(() -> browser.findElement(By.linkText(TRAINING)).click());
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TRAINING);
		assertThat(browser.findElements(By.cssSelector(".viewer-time"))).isNotEmpty();
		type("answer-0", "Urban SDG Network, Seoul office");
		type("answer-1", "11.1.1 and 11.6.2");
		navigate(() -> browser.findElement(By.xpath("//button[normalize-space(.)='Register']")).click());
		assertThat(browser.getPageSource()).contains("You are registered. A confirmation has been sent to you by e-mail.");
		assertThat(Mailbox.await(mail, "member@demo.urbansdg.org", 1)).isNotEmpty();
		assertNoCspErrors("the event page");
	}

	@Test
	void newsAndEventPagesHaveNoSeriousAccessibilityViolations() {
		for (String page : List.of("/news", "/events", "/events/past", "/events/calendar")) {
			open(page);
			assertNoSeriousViolations(page);
		}
		open("/news");
		navigate(() -> browser.findElement(By.cssSelector(".news-card h3 a")).click());
		assertNoSeriousViolations("a news post");
		assertThat(browser.findElements(By.cssSelector("script[type='application/ld+json']"))).hasSize(1);
		assertNoCspErrors("a news post");
		open("/events");
		navigate(() -> browser.findElement(By.cssSelector(".event-card h3 a")).click());
		assertNoSeriousViolations("an event page");
		assertNoCspErrors("an event page");
	}

	private void assertNoCspErrors(String page) {
		List<String> errors = browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(m -> m.contains("Content Security Policy"))
			.toList();
		assertThat(errors).as("CSP errors on " + page).isEmpty();
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

	private void signIn(String email, String password) {
		open("/sign-in");
		type("email", email);
		type("password", password);
		navigate(() -> browser.findElement(By.xpath("//button[normalize-space(.)='Sign in']")).click());
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
	}

	private void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void navigate(Runnable action) {
		WebElement page = browser.findElement(By.tagName("html"));
		action.run();
		wait.until(Browser.gone(page));
	}
}
