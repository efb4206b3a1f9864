package org.urbansdg.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

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
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Role;
import org.urbansdg.award.AwardTestData;
import org.urbansdg.casestudy.CaseTestData;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored XSS: hostile text ({@link XssCorpus}) goes through every text field of every form a user can fill, in the
 * browser ({@link HostileForms}), and every page that shows it is opened in Chromium: no payload runs, no element or
 * attribute that could run script is in the page, the Content Security Policy refuses nothing (a refusal means text
 * became markup) and no template expression was evaluated ({@link XssChecks}). Each page must also show the hostile
 * text, so a page that lost it cannot pass. Forms with checked fields are first sent with hostile values there too,
 * and the page that refuses them is checked the same way.
 */
@PlatformTest
class StoredXssBrowserTests extends BrowserTest {

	static final String PASSWORD = "test password 123";

	/** The server's limits for a training application that the page does not state: all answers together 8,000, and
	 * the hostile question list above makes many questions. */
	static final Map<String, Integer> APPLICATION_LIMITS = Map.of("motivation", 4000, "answer", 250);

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	@Autowired
	ApplicationContext context;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	CaseTestData caseData;

	/** Starts every hostile text, so that each page can be checked to show this test's text. */
	final String label = "Z" + ThreadLocalRandom.current().nextInt(10000, 100000);

	/** What a one-line field holds: the label and the short payloads. */
	final String line = XssCorpus.line(label);

	People people;

	Person secretariat;

	@org.junit.jupiter.api.BeforeEach
	void people() {
		people = new People(accounts, members);
		secretariat = people.secretariat();
	}

	@AfterEach
	void resetClock() {
		AwardTestData.resetClock(context);
	}

	@Test
	void theChecksFindAnInlineHandlerThatTheBrowserRefused() {
		open("/");
		assertThat(XssChecks.problems(browser)).isEmpty();
		browser.executeScript("document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"__xss=1\">')");
		List<String> reports = new ArrayList<>();
		wait.withTimeout(Duration.ofSeconds(5)).until(d -> {
			reports.addAll(XssChecks.cspReports(browser));
			return !reports.isEmpty();
		});
		assertThat(reports).anyMatch(r -> r.contains("inline event handler") && r.contains("Content Security Policy"));
		assertThat(XssChecks.problems(browser)).anyMatch(p -> p.startsWith("attribute onerror"));
	}

	@Test
	void casesCommentsProfilesOrganisationsCitiesAndThemes() {
		// The secretariat adds a city, an organisation and a theme with hostile names.
		signIn(secretariat.email(), PASSWORD);
		post("/admin/cities", "form[action$='/admin/cities']",
				Map.of("countryCode", "KR", "latitude", "37.5", "longitude", "127.0"), Map.of());
		long city = members.cities().stream().filter(c -> c.getName().startsWith(label)).findFirst().orElseThrow().getId();
		post("/admin/organisations/new", "main form",
				Map.of("countryCode", "KR", "cityId", String.valueOf(city), "membership", "ACTIVE"), Map.of());
		long organisation = members.organisations()
			.stream()
			.filter(o -> o.getName().startsWith(label))
			.findFirst()
			.orElseThrow()
			.getId();
		String theme = "xss-" + label.toLowerCase();
		post("/admin/themes", "form[action$='/admin/themes']", Map.of("code", theme), Map.of());
		signOut();

		// Someone registers with a hostile name (the page after it shows none of it, but must stay clean).
		visit("/register", null);
		submitHostile("main form", Map.of("email", "xss-" + label + "@example.org", "password", "green streets 2030",
				"passwordRepeat", "green streets 2030"), Map.of());
		assertThat(HostileForms.errors(browser)).isEmpty();
		inspect("the page after registering", null);

		// An editor and focal point of that organisation gives herself a hostile name and writes a case. Addresses
		// that are not web addresses are refused first, and the page that says so shows them as text.
		Person editor = people.person(organisation, Role.EDITOR, Role.FOCAL_POINT);
		signIn(editor.email(), PASSWORD);
		post("/account/profile", "main form", Map.of(), Map.of());
		Map<String, String> caseFields = new HashMap<>(Map.of("cityId", String.valueOf(city), "primaryTarget", "11.2",
				"targets", "11.2", "themes", theme, "links", XssCorpus.URL, "videoLinks", XssCorpus.URL));
		Map<String, Integer> caseLimits = Map.of("summary", 1000, "sections[fundingSources]", 5000,
				"sections[staffing]", 5000);
		Map<String, String> refused = new HashMap<>(caseFields);
		refused.put("links", XssCorpus.HOSTILE_LINKS);
		visit("/workspace/cases/new", null);
		submitHostile("main form[novalidate]", refused, caseLimits);
		assertThat(HostileForms.errors(browser)).anyMatch(e -> e.contains("javascript:__xss=1"));
		inspect("the case form refusing script addresses", "javascript:__xss=1");
		post(null, "main form[novalidate]", caseFields, caseLimits);
		long caseId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/cases/(\\d+)/edit.*", "$1"));
		upload("#file", file(fileName(".pdf"), pdf()));
		navigate(() -> HostileForms.submitButton(browser.findElement(By.cssSelector("form[action$='/attachments']"))).click());
		inspect("the case form with an attachment", fileName(".pdf"));
		navigate(() -> HostileForms.submitButton(browser.findElement(By.cssSelector("form[action$='/submit']"))).click());
		signOut();

		// The secretariat returns it with a hostile comment; it is submitted again and published.
		signIn(secretariat.email(), PASSWORD);
		post("/cases/" + caseId, "form[action$='/return']", Map.of(), Map.of());
		caseData.submit(editor.email(), caseId);
		caseData.publish(secretariat.email(), caseId);
		signOut();

		// The editor comments on the published case, and sees her workspace.
		signIn(editor.email(), PASSWORD);
		post("/cases/" + caseId, "form[action$='/comments']", Map.of(), Map.of("text", 4000));
		visit("/workspace", line);
		visit("/workspace/organisation", line);
		visit("/workspace/cases/" + caseId + "/edit", null);
		visit("/cases/" + caseId, line);
		signOut();

		// Everyone else sees it on the public pages and in search results.
		visit("/cases/" + caseId, line);
		visit("/cases?q=" + label, line);
		visit("/cases?city=" + city, line);
		visit("/search?q=" + label, line);
		visit("/search?q=" + label + "&theme=" + theme, line);
		visit("/", null);
		visit("/register", line);
		// Hostile text in the address is shown as text too (reflected, not stored).
		visit("/search?q=" + encode(line), line);
		visit("/cases?q=" + encode(line), line);

		signIn(secretariat.email(), PASSWORD);
		visit("/cases/" + caseId, line);
		visit("/review", null);
		visit("/admin/organisations", line);
		visit("/admin/organisations/" + organisation, line);
		visit("/admin/cities", line);
		// Theme names are only in the fields that change them.
		visit("/admin/themes", theme);
		visit("/admin/users", line);
	}

	@Test
	void newsEventsAndRegistrationAnswers() {
		signIn(secretariat.email(), PASSWORD);
		Map<String, String> event = new HashMap<>(Map.of("start", "2031-05-01T10:00", "end", "2031-05-01T12:00",
				"timeZone", "Asia/Seoul", "organiserId", "@first", "countryCode", "KR", "registrationMode", "PLATFORM",
				"capacity", "50", "onlineUrl", "javascript:__xss=1"));
		visit("/admin/events/new", null);
		submitHostile("main form", event, Map.of());
		assertThat(HostileForms.errors(browser)).isNotEmpty();
		inspect("the event form refusing a script address", label);
		event.remove("onlineUrl");
		post(null, "main form", event, Map.of());
		long eventId = idIn(browser.getCurrentUrl(), "/events/");

		Map<String, String> news = new HashMap<>(Map.of("caseIds", "", "eventIds", String.valueOf(eventId),
				"publication", "NOW", "publishAt", ""));
		visit("/admin/news/new", null);
		submitHostile("main form", news, Map.of("summary", 600));
		assertThat(HostileForms.errors(browser)).isNotEmpty();
		inspect("the news form refusing hostile tags", label);
		news.put("tags", label.toLowerCase() + ", second-tag");
		upload("#cover", file(fileName(".png"), png()));
		post(null, "main form", news, Map.of("summary", 600));
		long newsId = idIn(browser.getCurrentUrl(), "/news/");
		signOut();

		// A member with a hostile name answers the registration questions with hostile text.
		Person member = people.member();
		signIn(member.email(), PASSWORD);
		post("/account/profile", "main form", Map.of(), Map.of());
		post("/events/" + eventId, "form[action$='/registrations']", Map.of(), Map.of());
		visit("/events/" + eventId, line);
		signOut();

		visit("/events/" + eventId, line);
		visit("/events", line);
		visit("/events/calendar?month=2031-05", line);
		visit("/news/" + newsId, line);
		visit("/news", line);
		visit("/news/tags/" + label.toLowerCase(), line);
		visit("/", null);
		visit("/search?q=" + label + "&type=news", line);
		visit("/search?q=" + label + "&type=events", line);

		signIn(secretariat.email(), PASSWORD);
		visit("/events/" + eventId + "/registrants", line);
		visit("/admin/events", line);
		visit("/admin/news", line);
		visit("/admin/events/" + eventId, null);
		visit("/admin/news/" + newsId, null);
	}

	@Test
	void coursesLessonsQuizzesTrainingsAndApplications() {
		Person trainer = people.person(null, Role.TRAINER);
		long caseId = caseData.published(people.editorOf(people.organisation()).email(), secretariat.email(), "en",
				line, line, label);

		// A trainer writes a course with a module, a lesson and a question, and publishes it.
		signIn(trainer.email(), PASSWORD);
		post("/teach", "form[action$='/teach/courses']", Map.of(), Map.of("summary", 4000));
		long courseId = idIn(browser.getCurrentUrl(), "/teach/courses/");
		visit("/teach/courses/" + courseId + "/settings", null);
		upload("#cover", file(fileName(".png"), png()));
		post(null, "main form", Map.of("audience", "REGISTERED"), Map.of());
		post("/teach/courses/" + courseId, "form[action$='/modules']", Map.of(), Map.of());
		String lessonForm = browser.findElement(By.cssSelector("a[href*='/lessons/new']")).getDomAttribute("href");
		String questionForm = browser.findElement(By.cssSelector("a[href*='/questions/new']")).getDomAttribute("href");
		Map<String, String> lesson = new HashMap<>(Map.of("videoUrl", "javascript:__xss=1", "caseIds",
				String.valueOf(caseId), "materials", line + " | " + XssCorpus.URL));
		visit(lessonForm, null);
		submitHostile("main form", lesson, Map.of());
		assertThat(HostileForms.errors(browser)).isNotEmpty();
		inspect("the lesson form refusing a script address", label);
		lesson.put("videoUrl", "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
		post(null, "main form", lesson, Map.of());
		post(questionForm, "main form",
				Map.of("options", "*" + line + "\n" + label + " <img src=x onerror=__xss=1>"), Map.of());
		navigate(() -> HostileForms.submitButton(browser.findElement(By.cssSelector("form[action$='/publish']"))).click());
		inspect("the published course", line);

		// And a training session that asks questions and documents.
		post("/teach/trainings/new", "main form", Map.of("startsOn", "2031-06-01", "endsOn", "2031-06-03",
				"deadline", "2031-05-20", "seats", "20", "daysRequired", "2", "requiredDocuments",
				line + "\n" + label + " <svg onload=__xss=1>"), Map.of("questions", 4000, "description", 20000));
		long trainingId = idIn(browser.getCurrentUrl(), "/trainings/");
		signOut();

		// A member takes the course and applies for the session with hostile answers and file names.
		Person member = people.member();
		signIn(member.email(), PASSWORD);
		post("/account/profile", "main form", Map.of(), Map.of());
		visit("/courses/" + courseId, null);
		navigate(() -> HostileForms.submitButton(browser.findElement(By.cssSelector("form[action$='/enrol']"))).click());
		inspect("the course after enrolling", line);
		navigate(() -> browser.findElement(By.cssSelector("main a[href*='/lessons/']")).click());
		inspect("a lesson", line);
		visit("/courses/" + courseId, null);
		navigate(() -> browser.findElement(By.cssSelector("main a[href$='/quiz']")).click());
		navigate(() -> HostileForms.submitButton(browser.findElement(By.cssSelector("main form"))).click());
		inspect("the quiz", line);
		// The right answer completes the course, and its certificate shows the hostile names to anyone.
		WebElement right = browser.findElements(By.cssSelector("main .choice label"))
			.stream()
			.filter(option -> option.getText().startsWith(label + " \""))
			.findFirst()
			.orElseThrow();
		browser.findElement(By.id(right.getDomAttribute("for"))).click();
		navigate(() -> HostileForms.submitButton(browser.findElement(By.cssSelector("main form"))).click());
		inspect("the quiz passed", line);
		visit("/account/certificates", line);
		String certificate = browser.findElement(By.cssSelector("main a[href*='/verify/']")).getDomAttribute("href");
		visit("/courses/" + courseId + "/offline", line);
		visit("/learning", line);

		visit("/trainings/" + trainingId, null);
		submitHostile("form[action$='/apply']", Map.of(), APPLICATION_LIMITS);
		assertThat(HostileForms.errors(browser)).anyMatch(e -> e.contains(label));
		inspect("the application refused for missing documents", line);
		List<WebElement> documents = browser.findElements(By.cssSelector("form[action$='/apply'] input[type=file]"));
		assertThat(documents).hasSize(2);
		for (WebElement document : documents) {
			document.sendKeys(file(fileName(".pdf"), pdf()).toString());
		}
		post(null, "form[action$='/apply']", Map.of(), APPLICATION_LIMITS);
		signOut();

		visit(certificate, line);
		visit("/courses", line);
		visit("/courses/" + courseId, line);
		visit("/trainings", line);
		visit("/trainings/" + trainingId, line);
		visit("/search?q=" + label + "&type=courses", line);

		signIn(trainer.email(), PASSWORD);
		visit("/teach", line);
		visit("/teach/courses/" + courseId, line);
		visit("/teach/trainings/" + trainingId, line);
		visit(lessonForm, null);
		visit(questionForm, null);
	}

	@Test
	void awardCyclesNominationsScreeningAndScoreSheets() {
		Instant t0 = Instant.parse("2031-03-01T00:00:00Z");
		AwardTestData.clockAt(context, t0.minus(Duration.ofDays(1)));
		long organisation = people.organisation();
		Person editor = people.editorOf(organisation);
		Person judge = people.person(null, Role.JUDGE);
		signIn(judge.email(), PASSWORD);
		post("/account/profile", "main form", Map.of(), Map.of());
		signOut();
		caseData.published(editor.email(), secretariat.email(), "en", line, line, label);

		// The secretariat opens a cycle with hostile names, texts, categories and criteria.
		signIn(secretariat.email(), PASSWORD);
		visit("/admin/awards/new", null);
		Map<String, String> cycle = new HashMap<>(Map.of("year", "2031", "timeZone", "Africa/Abidjan",
				"nominationsOpen", "2031-03-01T00:00", "nominationsClose", "2031-03-11T00:00",
				"screeningClose", "2031-03-16T00:00", "votingOpen", "2031-03-16T00:00", "votingClose", "2031-03-26T00:00",
				"judgingOpen", "2031-03-16T00:00", "judgingClose", "2031-03-31T00:00", "resultsAt", "2031-04-01T00:00"));
		cycle.put("categories", line + "\n" + label + " <svg onload=__xss=1>");
		// A criterion's name ends at the first "=" (its weight follows), so its payloads do without one.
		cycle.put("criteria", label + " \"'><svg><script>window.__xss++</script>x[[${7*7}]]x{{7*7}}x=2\n" + label
				+ " <b>bold</b><style>*{color:red}</style>=3");
		post(null, "main form", cycle, Map.of("description", 8000, "eligibility", 4000));
		long cycleId = idIn(browser.getCurrentUrl(), "/admin/awards/");
		signOut();

		// The editor nominates the case with a hostile statement and evidence file name.
		AwardTestData.clockAt(context, t0.plus(Duration.ofDays(1)));
		signIn(editor.email(), PASSWORD);
		visit("/awards/" + cycleId, null);
		upload("#evidence", file(fileName(".pdf"), pdf()));
		post(null, "form[action$='/nominations']", Map.of("caseId", "@first"), Map.of());
		long nominationId = idIn(browser.getCurrentUrl(), "/awards/nominations/");
		signOut();

		// The secretariat moves it to the other category with a hostile note, screens it with a hostile reason and
		// assigns the judge.
		AwardTestData.clockAt(context, t0.plus(Duration.ofDays(12)));
		signIn(secretariat.email(), PASSWORD);
		visit("/admin/awards/" + cycleId, null);
		String other = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("cat-" + nominationId)))
			.getOptions().get(1).getDomAttribute("value");
		post(null, "form[action$='/nominations/" + nominationId + "/move']", Map.of("categoryId", other), Map.of());
		post(null, "form[action$='/nominations/" + nominationId + "/screen']", Map.of(), Map.of());
		visit("/admin/awards/" + cycleId, null);
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("userId"))).selectByValue(String.valueOf(judge.id()));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("categoryId"))).selectByValue(other);
		navigate(() -> HostileForms.submitButton(browser.findElement(By.cssSelector("form[action$='/judges']"))).click());
		inspect("the cycle after assigning a judge", line);
		signOut();

		// The judge saves a sheet with hostile comments.
		AwardTestData.clockAt(context, t0.plus(Duration.ofDays(16)));
		signIn(judge.email(), PASSWORD);
		visit("/judging", line);
		visit("/judging/" + cycleId, line);
		post("/judging/nominations/" + nominationId, "main form", Map.of(), Map.of());
		visit("/judging/nominations/" + nominationId, line);
		signOut();

		visit("/awards", line);
		visit("/awards/" + cycleId, line);
		signIn(editor.email(), PASSWORD);
		visit("/awards/nominations/" + nominationId, line);
		visit("/awards/" + cycleId, line);
		signOut();
		signIn(secretariat.email(), PASSWORD);
		visit("/admin/awards", line);
		visit("/admin/awards/" + cycleId, line);
		visit("/awards/nominations/" + nominationId, line);
	}

	/** Opens the page (unless null), fills and submits the form, and expects it accepted and the result clean. */
	private void post(String page, String formSelector, Map<String, String> overrides, Map<String, Integer> limits) {
		if (page != null) {
			// The page with the form may show hostile text from earlier steps: it is checked too, before it changes.
			visit(page, null);
		}
		submitHostile(formSelector, overrides, limits);
		assertThat(HostileForms.errors(browser)).as("errors after posting " + formSelector + " of " + page).isEmpty();
		inspect("the page after posting " + formSelector + " of " + page, null);
	}

	private void submitHostile(String formSelector, Map<String, String> overrides, Map<String, Integer> limits) {
		WebElement form = browser.findElement(By.cssSelector(formSelector));
		List<String> filled = HostileForms.fill(browser, form, label, overrides, limits);
		assertThat(filled).as("text fields of " + formSelector).isNotEmpty();
		navigate(() -> HostileForms.submitButton(form).click());
	}

	private void visit(String path, String witness) {
		open(path);
		inspect(path, witness);
	}

	/** The page has nothing that ran or could run, and shows the witness text (when given) as text. */
	private void inspect(String page, String witness) {
		assertThat(XssChecks.problems(browser)).as("what could run on " + page).isEmpty();
		if (witness != null) {
			String text = (String) browser.executeScript("return document.body.textContent");
			assertThat(text.contains(witness)).as("%s shows %s; its main text: %s", page, witness,
					browser.findElement(By.tagName("main")).getText().replaceAll("\\s+", " ")).isTrue();
		}
	}

	private void upload(String input, Path file) {
		browser.findElement(By.cssSelector(input)).sendKeys(file.toString());
	}

	private static long idIn(String url, String prefix) {
		int start = url.indexOf(prefix) + prefix.length();
		int end = start;
		while (end < url.length() && Character.isDigit(url.charAt(end))) {
			end++;
		}
		return Long.parseLong(url.substring(start, end));
	}

	/** A hostile file name (Chromium sends a double quote in a file name as %22, so it has none). */
	private String fileName(String extension) {
		return label + "'><svg onload=__xss=1>" + extension;
	}

	/** A file with a hostile name (Linux allows quotes and angle brackets in names). */
	private static Path file(String name, byte[] content) {
		try {
			Path file = Files.createTempDirectory("xss").resolve(name);
			Files.write(file, content);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
				+ "trailer<</Root 1 0 R>>\n%%EOF").getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] png() {
		try {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
