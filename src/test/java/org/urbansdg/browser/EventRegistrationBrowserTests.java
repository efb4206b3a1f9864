package org.urbansdg.browser;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.urbansdg.Mailbox;
import org.urbansdg.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member finds a training in the calendar and registers for it in a real browser, and receives the confirmation.
 * The news and event pages pass axe-core, and their JSON-LD blocks cause no Content Security Policy error.
 */
@PlatformTest
class EventRegistrationBrowserTests extends BrowserTest {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	static final String TRAINING = "Training: SDG indicators for city planners";


	@Test
	void aMemberRegistersForATrainingFromTheCalendar() {
		signIn("member@demo.urbansdg.org", DEMO_PASSWORD);
		open("/events?type=TRAINING");
		navigate(() -> browser.findElement(By.linkText(TRAINING)).click());
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TRAINING);
		assertThat(browser.findElements(By.cssSelector(".viewer-time"))).isNotEmpty();
		type("answer-0", "Urban SDG Network, Seoul office");
		type("answer-1", "11.1.1 and 11.6.2");
		clickButton("Register");
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
}
