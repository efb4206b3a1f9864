package org.urbansdg.browser;

import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.urbansdg.Mailbox;
import org.urbansdg.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city's challenge from posting to a matched request: the Bangkok editor posts a challenge, its page shows
 * matched practices with their reasons, Seoul offers help (Bangkok is e-mailed), and the Bangkok editor follows a
 * matched practice to the request form, which knows the challenge. The new pages are checked with axe-core.
 */
@PlatformTest
class ChallengeJourneyBrowserTests extends BrowserTest {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	static final String BANGKOK = "editor.bangkok@demo.urbansdg.org";

	/** What the request form (coop-core's) says when it answers a challenge. */
	static final String ASKS_ABOUT_A_CHALLENGE = "This request answers one of your city's challenges.";

	@Test
	void aChallengeGoesFromPostingToAMatchedRequest() throws Exception {
		String title = "Safe cycling to rail stations " + System.nanoTime();

		// The Bangkok editor posts a challenge on targets 11.2 and 3.9.
		signIn(BANGKOK, DEMO_PASSWORD);
		open("/challenges");
		clickLink("Post a challenge");
		assertNoSeriousViolations("the challenge form");
		type("title", title);
		type("description", "Most trips to our rail stations are short, but there are no safe bicycle lanes or "
				+ "bicycles to hire near the stations. We want a public bicycle system and protected lanes.");
		browser.findElement(By.xpath("//summary[starts-with(normalize-space(.), '11.')]")).click();
		browser.findElement(By.cssSelector("input[name=targets][value='11.2']")).click();
		browser.findElement(By.xpath("//summary[starts-with(normalize-space(.), '3.')]")).click();
		browser.findElement(By.cssSelector("input[name=targets][value='3.9']")).click();
		browser.findElement(By.cssSelector("input[name=themes][value='mobility']")).click();
		// Date inputs take typed text in the browser's own format; the value is what the form sends.
		browser.executeScript("document.getElementById('neededBy').value = arguments[0]",
				LocalDate.now().plusDays(90).toString());
		submit();
		assertThat(browser.getPageSource()).contains("The challenge has been posted.");
		assertThat(heading()).isEqualTo(title);
		String challengeUrl = browser.getCurrentUrl();
		String id = challengeUrl.substring(challengeUrl.lastIndexOf('/') + 1);

		// The page shows matched practices, best first, each with its reasons; never Bangkok's own.
		List<WebElement> matches = browser.findElements(By.cssSelector("section[aria-labelledby=matched-practices] li.card"));
		assertThat(matches).isNotEmpty();
		assertThat(matches.get(0).findElement(By.cssSelector(".reasons")).getText()).contains("Shared targets:");
		assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=matched-practices]")).getText())
			.doesNotContain("Monkey cheeks").doesNotContain("Traffy Fondue");
		assertNoSeriousViolations("the owner's challenge page");
		signOut();

		// Seoul's editor offers help; Bangkok's editor is told by e-mail.
		signIn("editor.seoul@demo.urbansdg.org", DEMO_PASSWORD);
		browser.get(challengeUrl);
		type("note", "Ddareungi started with stations next to subway exits; we can share the siting data.");
		clickButton("Offer help");
		assertThat(browser.getPageSource()).contains("Your offer of help has been sent.")
			.contains("Your organisation has offered help with this challenge.");
		assertThat(browser.findElements(By.id("note"))).isEmpty();
		var offer = Mailbox.await(mail, BANGKOK, 1).get(0);
		assertThat(offer.getSubject()).isEqualTo("Offer of help: " + title);
		assertThat(Mailbox.body(offer)).contains("Seoul Metropolitan Government").contains("/challenges/" + id);
		signOut();

		// Back as the owner: the offer is listed with Seoul's practices, and a matched practice leads to the request form.
		signIn(BANGKOK, DEMO_PASSWORD);
		browser.get(challengeUrl);
		assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=offers]")).getText())
			.contains("Seoul Metropolitan Government").contains("editor.seoul@demo.urbansdg.org");
		WebElement first = browser.findElements(By.cssSelector("section[aria-labelledby=matched-practices] li.card")).get(0);
		String practice = first.findElement(By.cssSelector("h3 a")).getAttribute("href");
		String caseId = practice.substring(practice.lastIndexOf('/') + 1);
		WebElement ask = first.findElement(By.linkText("Ask to learn from this practice"));
		assertThat(ask.getAttribute("href"))
			.endsWith("/cooperation/ask?case=" + caseId + "&challenge=" + id);
		navigate(ask::click);
		assertThat(heading()).isEqualTo("Learn from this practice");
		assertThat(browser.getCurrentUrl()).endsWith("/cooperation/ask?case=" + caseId + "&challenge=" + id);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(ASKS_ABOUT_A_CHALLENGE);
		assertNoSeriousViolations("the request form from a challenge");

		// Anyone reads the list and the page; both pass axe for a visitor too.
		signOut();
		open("/challenges?goal=11&status=OPEN");
		assertThat(browser.findElement(By.id("results")).getText()).contains(title);
		assertNoSeriousViolations("/challenges");
		browser.get(challengeUrl);
		assertNoSeriousViolations("a challenge page for a visitor");
	}
}
