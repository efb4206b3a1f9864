package org.urbansdg.browser;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.urbansdg.Mailbox;
import org.urbansdg.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's pipeline and the public "Cooperation in numbers" in a real browser, on the demo requests: the
 * overdue request is marked, a filter narrows the list, a partner suggestion reaches the requester by e-mail, and the
 * pages pass axe-core and fit a phone's width.
 */
@PlatformTest
class CooperationPipelineBrowserTests extends BrowserTest {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	@Test
	void aVisitorReadsTheNumbersOnAPhone() {
		browser.manage().window().setSize(new Dimension(375, 800));
		open("/");
		navigate(() -> browser.findElement(By.cssSelector("footer a[href='/cooperation/numbers']")).click());
		assertThat(heading()).isEqualTo("Cooperation in numbers");
		assertThat(browser.findElements(By.cssSelector("table caption"))).hasSize(3);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Thailand", "Indonesia");
		Long overflow = (Long) browser.executeScript(
				"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("horizontal scrolling on a phone").isLessThanOrEqualTo(0L);
		assertNoSeriousViolations("/cooperation/numbers");
	}

	@Test
	void theSecretariatFiltersThePipelineAndSuggestsAPartner() {
		signIn("secretariat@demo.urbansdg.org", DEMO_PASSWORD);
		open("/cooperation/pipeline");
		assertThat(heading()).isEqualTo("Cooperation pipeline");
		assertNoSeriousViolations("/cooperation/pipeline");
		new Select(browser.findElement(By.id("status"))).selectByVisibleText("Requested");
		clickButton("Filter");
		List<WebElement> rows = browser.findElements(By.cssSelector("tbody tr"));
		assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getText()).contains("Requested"));
		WebElement overdue = browser.findElement(By.cssSelector("tbody tr.overdue"));
		assertThat(overdue.getText()).contains("Overdue", "G30");
		navigate(() -> overdue.findElement(By.linkText("Suggest a partner")).click());
		assertThat(heading()).isEqualTo("Suggest a partner");
		assertNoSeriousViolations("the suggestion form");
		new Select(browser.findElement(By.id("organisationId"))).selectByVisibleText("City of Kitakyushu");
		type("note", "Kitakyushu helped Surabaya set up separation and composting.");
		clickButton("Suggest");
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
			.isEqualTo("Your suggestion has been sent.");
		assertThat(Mailbox.await(mail, "editor.bangkok@demo.urbansdg.org", 1)).anySatisfy(
				m -> assertThat(m.getSubject()).startsWith("A partner suggested"));
	}
}
