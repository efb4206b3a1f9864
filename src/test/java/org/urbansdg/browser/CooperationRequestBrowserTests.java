package org.urbansdg.browser;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbansdg.CaseFixtures;
import org.urbansdg.Mailbox;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Role;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking to learn from a practice in a real browser, without JavaScript doing any of it: from the case page to the
 * form (refused once, then sent), the owner's workspace and the answer. Each new page is checked with axe-core.
 */
@PlatformTest
class CooperationRequestBrowserTests extends BrowserTest {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	static final String PASSWORD = "test password 123";

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Test
	void aCityAsksToLearnFromAPracticeAndTheOwnersAccept() {
		People people = new People(accounts, members);
		long owner = people.organisation();
		Person ownerEditor = people.editorOf(owner);
		Person focalPoint = people.person(owner, Role.FOCAL_POINT);
		Person asker = people.editorOf(people.organisation());
		long caseId = fixtures.published(owner, ownerEditor, people.secretariat());

		signIn(asker.email(), PASSWORD);
		open("/cases/" + caseId);
		clickLink("Learn from this practice");
		assertThat(heading()).isEqualTo("Learn from this practice");
		assertNoSeriousViolations("the ask form");
		type("aim", "Fewer cars in the old town");
		submit();
		assertThat(browser.getPageSource()).contains("Choose at least one kind of help.").contains("Fewer cars in the old town");
		assertNoSeriousViolations("the ask form with errors");
		browser.findElement(By.id("help-STUDY_VISIT")).click();
		new Select(browser.findElement(By.id("timeframe"))).selectByValue("WITHIN_6_MONTHS");
		type("targets", "11.2");
		submit();
		assertThat(browser.getPageSource()).contains("Your request has been sent.").contains("A study visit");
		String requestUrl = browser.getCurrentUrl();
		assertNoSeriousViolations("the request page");
		signOut();

		signIn(focalPoint.email(), PASSWORD);
		open("/cooperation");
		assertThat(browser.getPageSource()).contains("Requests we received");
		assertNoSeriousViolations("the cooperation workspace");
		browser.get(requestUrl);
		new Select(browser.findElement(By.id("contactUserId"))).selectByVisibleText(
				accounts.profile(focalPoint.id()).displayName());
		clickButton("Accept");
		assertThat(browser.getPageSource()).contains("Accepted");
		signOut();

		signIn(asker.email(), PASSWORD);
		browser.get(requestUrl);
		assertThat(browser.getPageSource()).contains(focalPoint.email());
		clickButton("Start the work");
		assertThat(browser.getPageSource()).contains("In progress").contains("Close with an outcome");
		assertNoSeriousViolations("the request page in progress");
	}
}
