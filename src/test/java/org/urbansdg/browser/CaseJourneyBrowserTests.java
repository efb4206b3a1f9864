package org.urbansdg.browser;

import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.urbansdg.Mailbox;
import org.urbansdg.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole journeys in a real browser: a new official registers and becomes an editor, shares a case that the
 * secretariat returns and then publishes, and anyone finds it. Main pages are checked with axe-core.
 */
@PlatformTest
class CaseJourneyBrowserTests extends BrowserTest {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	@Test
	void officialSharesACaseThatIsReviewedPublishedAndFound() throws Exception {
		String email = "official-" + UUID.randomUUID() + "@example.org";
		String keyword = "Raingarden" + System.nanoTime();

		// Register with the Seoul government as organisation, and confirm the address from the e-mail.
		open("/register");
		type("displayName", "Hana Kim");
		type("email", email);
		type("password", "green streets 2030");
		type("passwordRepeat", "green streets 2030");
		new Select(browser.findElement(By.id("organisationId"))).selectByVisibleText("Seoul Metropolitan Government");
		submit();
		assertThat(heading()).isEqualTo("Check your e-mail");
		open(Mailbox.linkIn(mail, email));
		clickButton("Confirm my address");
		assertThat(browser.getPageSource()).contains("your address is confirmed");

		// Seoul's focal point confirms her and makes her an editor.
		signIn("focal.seoul@demo.urbansdg.org", DEMO_PASSWORD);
		open("/workspace/organisation");
		clickButton("Accept Hana Kim");
		clickButton("Make Hana Kim Editor");
		signOut();

		// She shares a case with SDG targets and an attachment.
		signIn(email, "green streets 2030");
		open("/workspace/cases/new");
		type("title", keyword + " streets for a cooler Seoul");
		type("summary", "Rain gardens along bus corridors absorb storm water and cool the street.");
		new Select(browser.findElement(By.id("cityId"))).selectByVisibleText("Seoul (South Korea)");
		new Select(browser.findElement(By.id("primaryTarget"))).selectByValue("11.6");
		browser.findElement(By.xpath("//summary[starts-with(normalize-space(.), '13.')]")).click();
		browser.findElement(By.cssSelector("input[name=targets][value='13.1']")).click();
		browser.findElement(By.cssSelector("input[name=themes][value='climate-environment']")).click();
		type("background", "Flash floods after summer storms.");
		type("strategy", "Kerbside rain gardens on ten corridors.");
		type("results", "Run-off fell by a third on the first corridor.");
		type("lessons", "Involve the road maintenance teams from the start.");
		submit();
		assertThat(browser.getPageSource()).contains("The case has been saved.");
		String editUrl = browser.getCurrentUrl();
		java.nio.file.Path pdf = java.nio.file.Files.createTempFile("evaluation", ".pdf");
		java.nio.file.Files.write(pdf, ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages"
				+ "/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF").getBytes());
		browser.findElement(By.id("file")).sendKeys(pdf.toString());
		clickButton("Upload");
		assertThat(browser.getPageSource()).contains("The file has been attached.").contains(pdf.getFileName().toString());
		clickButton("Submit for review");
		assertThat(browser.getPageSource()).contains("submitted for review");
		signOut();

		// The secretariat returns it with a comment.
		signIn("secretariat@demo.urbansdg.org", DEMO_PASSWORD);
		open("/review");
		clickLink(keyword + " streets for a cooler Seoul");
		type("return-comment", "Please add the cost per corridor.");
		clickButton("Return to the editors");
		signOut();

		// She sees the comment, completes the case and submits it again.
		signIn(email, "green streets 2030");
		browser.get(editUrl.replaceAll("#.*", "").replace("/edit", "").replace("/workspace/cases/", "/cases/"));
		assertThat(browser.getPageSource()).contains("Please add the cost per corridor.");
		clickLink("Edit");
		type("budgetAmount", "2800000000");
		new Select(browser.findElement(By.id("budgetCurrency"))).selectByValue("KRW");
		submit();
		clickButton("Submit for review");
		signOut();

		// The secretariat publishes it.
		signIn("secretariat@demo.urbansdg.org", DEMO_PASSWORD);
		open("/review");
		clickLink(keyword + " streets for a cooler Seoul");
		clickButton("Publish");
		assertThat(browser.getPageSource()).contains("The case is now published.");
		signOut();

		// Anyone finds it by goal and keyword, and opens its page.
		open("/cases");
		new Select(browser.findElement(By.id("goal"))).selectByValue("13");
		wait.until(ExpectedConditions.urlContains("goal=13"));
		type("q", keyword.toLowerCase());
		button("Show cases").click();
		wait.ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElement(By.id("results")).getText().contains("One case matches"));
		navigate(() -> browser.findElement(By.partialLinkText(keyword)).click());
		assertThat(heading()).isEqualTo(keyword + " streets for a cooler Seoul");
		assertThat(browser.getPageSource()).contains("Target 11.6").contains("Target 13.1")
			.contains(pdf.getFileName().toString()).contains("2,800,000,000");
	}

	@Test
	void visitorSearchesFromTheHeaderAndNarrowsByAFacetInPlace() {
		open("/");
		type("site-q", "bicycle");
		navigate(() -> browser.findElement(By.cssSelector(".site-search button")).click());
		assertThat(browser.getCurrentUrl()).contains("/search?q=bicycle");
		assertThat(browser.findElement(By.id("search-results")).getText()).contains("cases match");
		// htmx swaps the results in place and puts the facet into the address, so the narrowed search can be shared.
		browser.findElement(By.cssSelector(".facets a[href*='language=ko']")).click();
		wait.until(ExpectedConditions.urlContains("language=ko"));
		wait.ignoring(StaleElementReferenceException.class)
			.until(d -> d.findElement(By.id("search-results")).getText().contains("기후동행카드"));
		assertThat(browser.findElement(By.id("search-results")).getText()).doesNotContain("Ddareungi");
	}

	@Test
	void mainPagesHaveNoSeriousAccessibilityViolations() {
		List<String> pages = List.of("/", "/cases", "/cases?goal=11", "/search?q=bicycle", "/search?q=water&goal=6",
				"/search?q=water&type=news", "/search?q=bicyle",
				"/sign-in", "/register", "/password/forgot");
		for (String page : pages) {
			open(page);
			assertNoSeriousViolations(page);
		}
		open("/cases");
		navigate(() -> browser.findElement(By.cssSelector("#results .card h3 a")).click());
		assertNoSeriousViolations("a case page");

		signIn("editor.seoul@demo.urbansdg.org", DEMO_PASSWORD);
		open("/workspace");
		assertNoSeriousViolations("/workspace");
		open("/workspace/cases/new");
		submit();
		assertNoSeriousViolations("the case form with errors");
		signOut();
		signIn("secretariat@demo.urbansdg.org", DEMO_PASSWORD);
		open("/review");
		assertNoSeriousViolations("/review");
		open("/admin/users");
		assertNoSeriousViolations("/admin/users");
	}
}
