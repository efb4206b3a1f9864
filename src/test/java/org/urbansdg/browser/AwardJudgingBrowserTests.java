package org.urbansdg.browser;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.urbansdg.Mailbox;
import org.urbansdg.People;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Role;
import org.urbansdg.award.AwardTestData;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A judge scores a nomination in a real browser: saves part of the sheet, returns, then submits. The award pages are
 * checked with axe-core on the way.
 */
@PlatformTest
class AwardJudgingBrowserTests extends BrowserTest {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	@Autowired
	ApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@AfterEach
	void resetClock() {
		AwardTestData.resetClock(context);
	}

	@Test
	void aJudgeScoresANominationSavesReturnsAndSubmits() {
		People people = new People(accounts, members);
		People.Person secretariat = people.secretariat();
		People.Person judge = people.person(null, Role.JUDGE);
		AwardTestData.Judging judging = AwardTestData.judgingWith(context, people, secretariat, judge);

		open("/awards");
		assertNoSeriousViolations("/awards");
		clickLink("SDG City Awards 2025");
		assertNoSeriousViolations("a completed cycle");
		clickLink("See the results");
		assertThat(browser.getPageSource()).contains("First prize");
		assertNoSeriousViolations("the results page");

		signIn(judge.email(), "test password 123");
		open("/judging");
		assertNoSeriousViolations("/judging");
		clickLink(browser.findElements(By.cssSelector("main li a")).get(0).getText());
		assertNoSeriousViolations("the judge's nominations");
		clickLink(judging.caseTitle());
		assertNoSeriousViolations("the score sheet");

		List<WebElement> scores = browser.findElements(By.cssSelector("input[type=number]"));
		assertThat(scores).hasSize(7);
		scores.get(0).sendKeys("8");
		scores.get(1).sendKeys("7");
		clickButton("Save and return later");
		assertThat(browser.getPageSource()).contains("Saved.");
		scores = browser.findElements(By.cssSelector("input[type=number]"));
		assertThat(scores.get(0).getAttribute("value")).isEqualTo("8");
		for (int i = 2; i < scores.size(); i++) {
			scores.get(i).sendKeys("9");
		}
		browser.findElement(By.id("recommend")).click();
		clickButton("Submit scores (final)");
		assertThat(browser.getPageSource()).contains("Write a rationale");
		assertNoSeriousViolations("a refused submission");
		type("rationale", "Clear results that other cities can repeat.");
		clickButton("Submit scores (final)");
		assertThat(browser.getPageSource()).contains("Your scores were submitted.").contains("Submitted");
		clickLink(judging.caseTitle());
		assertThat(browser.getPageSource()).contains("You submitted these scores");
		assertThat(browser.findElements(By.cssSelector("input[type=number]"))).isEmpty();

		signOut();
		signIn(secretariat.email(), "test password 123");
		open("/admin/awards/" + judging.cycleId());
		assertThat(browser.getPageSource()).contains("1 of 1");
		assertNoSeriousViolations("the secretariat's cycle page");
		open("/admin/awards/new");
		assertNoSeriousViolations("the new cycle form");
	}
}
