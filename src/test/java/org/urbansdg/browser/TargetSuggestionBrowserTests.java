package org.urbansdg.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.urbansdg.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

@PlatformTest
class TargetSuggestionBrowserTests extends BrowserTest {

	@Test
	void editorAcceptsOneSuggestedTargetAndRejectsAnother() {
		signIn("editor.seoul@demo.urbansdg.org", DEMO_PASSWORD);
		open("/workspace/cases/new");
		type("summary", "Piped drinking water now reaches every household, replacing water vendors and unsafe wells. "
				+ "Community toilets ended open defecation.");
		button("Suggest targets").click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-suggestion='6.1']")));
		assertThat(browser.findElement(By.cssSelector("[data-suggestion='6.1'] .because")).getText()).contains("water");

		button("Accept target 6.1").click();
		WebElement box = browser.findElement(By.cssSelector("input[name='targets'][value='6.1']"));
		assertThat(box.isSelected()).isTrue();
		assertThat(browser.findElements(By.cssSelector("[data-suggestion='6.1']"))).isEmpty();
		assertThat(browser.findElement(By.id("target-suggestions-status")).getAttribute("textContent"))
			.contains("6.1");

		String other = browser.findElement(By.cssSelector("[data-suggestion]")).getAttribute("data-suggestion");
		button("Reject target " + other).click();
		assertThat(browser.findElements(By.cssSelector("[data-suggestion='" + other + "']"))).isEmpty();

		button("Suggest targets").click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("target-suggestions-status"), "Suggested"));
		assertThat(browser.findElements(By.cssSelector("[data-suggestion='6.1'], [data-suggestion='" + other + "']")))
			.isEmpty();
		assertNoSeriousViolations("case form with suggestions");
	}
}
