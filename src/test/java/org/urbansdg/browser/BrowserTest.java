package org.urbansdg.browser;

import java.time.Duration;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What every browser test does: a fresh headless Chromium per test, and the steps a person takes on a page. */
abstract class BrowserTest {

	static final String DEMO_PASSWORD = "demo-password-2026";

	@LocalServerPort
	int port;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
		browser = Browser.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@AfterEach
	void stopBrowser() {
		browser.quit();
	}

	void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	void signIn(String email, String password) {
		open("/sign-in");
		type("email", email);
		type("password", password);
		clickButton("Sign in");
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
	}

	void signOut() {
		clickButton("Sign out");
	}

	void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Submits the page's main form. */
	void submit() {
		navigate(() -> browser.findElement(By.cssSelector("main form[novalidate] button[type=submit]")).click());
	}

	void clickButton(String label) {
		navigate(() -> button(label).click());
	}

	WebElement button(String label) {
		return browser.findElement(By.xpath("//button[normalize-space(.)='" + label + "' or @aria-label='" + label + "']"));
	}

	void clickLink(String text) {
		navigate(() -> browser.findElement(By.linkText(text)).click());
	}

	/** Runs an action that loads a new page, and waits until the old page is gone. */
	void navigate(Runnable action) {
		WebElement page = browser.findElement(By.tagName("html"));
		action.run();
		wait.until(Browser.gone(page));
	}

	String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}

	/** axe-core with the WCAG 2.0–2.2 A and AA rules finds nothing serious or critical. */
	void assertNoSeriousViolations(String page) {
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
}
