package org.urbansdg.casestudy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.urbansdg.Mailbox;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;

@PlatformTest
class CaseStudyWorkflowTests {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>"
			+ "endobj\ntrailer<</Root 1 0 R>>\n%%EOF").getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	CaseStudyRepository cases;

	@Autowired
	ReviewNotifications notifications;

	People people;

	long organisation;

	Person editor;

	Person secretariat;

	@BeforeEach
	void setUp() {
		people = new People(accounts, members);
		organisation = people.organisation();
		editor = people.editorOf(organisation);
		secretariat = people.secretariat();
	}

	MockHttpServletRequestBuilder complete(MockHttpServletRequestBuilder request, String title) {
		return complete(request, title, Map.of());
	}

	/** A complete case form; {@code changes} replace fields (an empty value leaves the field out). */
	MockHttpServletRequestBuilder complete(MockHttpServletRequestBuilder request, String title,
			Map<String, String> changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("summary", "A district retrofits its buses and lanes so that commuters switch from cars.");
		fields.put("cityId", String.valueOf(members.cities().get(0).getId()));
		fields.put("language", "en");
		fields.put("primaryTarget", "11.2");
		fields.put("themes", "mobility");
		fields.put("sections[background]", "Congestion and air pollution on the main corridors.");
		fields.put("sections[strategy]", "Bus priority lanes, then integrated fares.");
		fields.put("sections[results]", "Bus ridership grew by a fifth in two years.");
		fields.put("sections[lessons]", "Start with one corridor and publish the data.");
		fields.put("budgetAmount", "1400000000");
		fields.put("budgetCurrency", "KRW");
		fields.putAll(changes);
		request.with(csrf()).param("targets", "3.6", "13.2");
		fields.forEach((name, value) -> {
			if (!value.isEmpty()) {
				request.param(name, value);
			}
		});
		return request;
	}

	long createDraft(Person by, String title) throws Exception {
		String location = mvc.perform(complete(post("/workspace/cases"), title).with(as(by)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Matcher id = Pattern.compile("/workspace/cases/(\\d+)/edit").matcher(location);
		assertThat(id.find()).as(location).isTrue();
		return Long.parseLong(id.group(1));
	}

	long publishedCase(String title) throws Exception {
		long id = createDraft(editor, title);
		mvc.perform(post("/workspace/cases/" + id + "/submit").with(csrf()).with(as(editor)));
		mvc.perform(post("/review/cases/" + id + "/publish").with(csrf()).with(as(secretariat)))
			.andExpect(status().is3xxRedirection());
		return id;
	}

	@Test
	void draftIsSeenOnlyByItsOrganisationAndTheSecretariat() throws Exception {
		long id = createDraft(editor, "Draft only we see");
		Person otherEditor = people.editorOf(people.organisation());
		mvc.perform(get("/cases/" + id).with(as(editor))).andExpect(status().isOk());
		mvc.perform(get("/cases/" + id).with(as(secretariat))).andExpect(status().isOk());
		mvc.perform(get("/cases/" + id).with(as(otherEditor))).andExpect(status().isNotFound());
		mvc.perform(get("/cases/" + id).with(as(people.member()))).andExpect(status().isNotFound());
		mvc.perform(get("/cases/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void anotherOrganisationCannotChangeADraftByForgingTheForm() throws Exception {
		long id = createDraft(editor, "Original title");
		Person otherEditor = people.editorOf(people.organisation());
		mvc.perform(complete(post("/workspace/cases/" + id), "Hijacked title").with(as(otherEditor)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/workspace/cases/" + id + "/submit").with(csrf()).with(as(otherEditor)))
			.andExpect(status().isNotFound());
		assertThat(cases.findById(id).orElseThrow().getTitle()).isEqualTo("Original title");
		assertThat(cases.findById(id).orElseThrow().getStatus()).isEqualTo(CaseStatus.DRAFT);
	}

	@Test
	void invalidFormKeepsTheTextAndNamesTheField() throws Exception {
		long before = cases.count();
		mvc.perform(complete(post("/workspace/cases"), "Keeps my words", Map.of("primaryTarget", "11.z", "endDate",
				"2020-01-01", "startDate", "2021-01-01", "links", "javascript:alert(1)"))
			.with(as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Keeps my words\"")))
			.andExpect(content().string(containsString("Choose SDG targets from the list.")))
			.andExpect(content().string(containsString("The end date cannot be before the start date.")))
			.andExpect(content().string(containsString("This is not a web address")));
		assertThat(cases.count()).isEqualTo(before);
	}

	@Test
	void aBudgetThatIsNoNumberComesBackWithItsMessageEvenBesideAnUnknownTarget() throws Exception {
		long before = cases.count();
		String page = mvc.perform(complete(post("/workspace/cases"), "Keeps my words",
				Map.of("budgetAmount", "a lot", "primaryTarget", "11.z")).with(as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Keeps my words\"")))
			.andExpect(content().string(containsString("Enter a number, like 1250000.")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(page).select("input[name=targets][value=13.2]").hasAttr("checked")).isTrue();
		assertThat(cases.count()).isEqualTo(before);
	}

	@Test
	void aCaseSentWithoutALanguageAsksForOne() throws Exception {
		mvc.perform(complete(post("/workspace/cases"), "No language given", Map.of("language", "")).with(as(editor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#language\"")));
	}

	@Test
	void submittingAnIncompleteCaseSaysWhatIsMissing() throws Exception {
		long id = createDraft(editor, "Incomplete case");
		mvc.perform(complete(post("/workspace/cases/" + id), "Incomplete case", Map.of("sections[lessons]", "")).with(as(editor)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/workspace/cases/" + id + "/submit").with(csrf()).with(as(editor)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Please complete these parts before submitting: Lessons and advice for other cities.")));
		assertThat(cases.findById(id).orElseThrow().getStatus()).isEqualTo(CaseStatus.DRAFT);
	}

	@Test
	void submissionAsksTheFocalPointToSignOffAndTheSecretariatToReview() throws Exception {
		Person focalPoint = people.person(organisation, org.urbansdg.account.Role.FOCAL_POINT);
		long id = createDraft(editor, "Case to sign off");
		mvc.perform(post("/workspace/cases/" + id + "/submit").with(csrf()).with(as(editor)))
			.andExpect(status().is3xxRedirection());
		assertThat(Mailbox.body(Mailbox.await(mail, focalPoint.email(), 1).get(0))).contains("Case to sign off")
			.contains("/cases/" + id);
		assertThat(Mailbox.await(mail, secretariat.email(), 1).get(0).getSubject())
			.isEqualTo("New submission to review: Case to sign off");

		mvc.perform(post("/workspace/cases/" + id + "/sign-off").with(csrf()).with(as(focalPoint)))
			.andExpect(status().is3xxRedirection());
		assertThat(cases.findById(id).orElseThrow().getSignedOffBy()).isEqualTo(focalPoint.id());
		mvc.perform(get("/review").with(as(secretariat))).andExpect(content().string(containsString("Case to sign off")));
	}

	@Test
	void returnedCaseKeepsReviewerCommentsAndTellsTheEditors() throws Exception {
		long id = createDraft(editor, "Case to return");
		mvc.perform(post("/workspace/cases/" + id + "/submit").with(csrf()).with(as(editor)));

		mvc.perform(post("/review/cases/" + id + "/return").with(csrf()).with(as(secretariat)).param("comment", " "))
			.andExpect(status().is3xxRedirection());
		assertThat(cases.findById(id).orElseThrow().getStatus()).isEqualTo(CaseStatus.SUBMITTED);

		mvc.perform(post("/review/cases/" + id + "/return").with(csrf())
			.with(as(secretariat))
			.param("comment", "Please add ridership figures <b>before</b> and after."))
			.andExpect(status().is3xxRedirection());
		assertThat(cases.findById(id).orElseThrow().getStatus()).isEqualTo(CaseStatus.RETURNED);

		mvc.perform(get("/cases/" + id).with(as(editor)))
			.andExpect(content().string(containsString("Please add ridership figures &lt;b&gt;before&lt;/b&gt; and after.")));
		String body = Mailbox.body(Mailbox.await(mail, editor.email(), 1).get(0));
		assertThat(body).contains("Please add ridership figures").contains("/workspace/cases/" + id + "/edit");
	}

	@Test
	void aReturnCommentTooLongIsRefusedWithAMessageAndKept() throws Exception {
		long id = createDraft(editor, "Case with a long review");
		mvc.perform(post("/workspace/cases/" + id + "/submit").with(csrf()).with(as(editor)));
		String comment = "Too long " + "x".repeat(200_000);
		var result = mvc.perform(post("/review/cases/" + id + "/return").with(csrf()).with(as(secretariat))
			.param("comment", comment))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(cases.findById(id).orElseThrow().getStatus()).isEqualTo(CaseStatus.SUBMITTED);
		mvc.perform(get("/cases/" + id).with(as(secretariat)).flashAttrs(result.getFlashMap()))
			.andExpect(content().string(containsString("Keep the comments to 20,000 characters at most.")))
			.andExpect(content().string(containsString(comment)));
	}

	@Test
	void publishedCaseIsFoundByGoalTargetAndKeyword() throws Exception {
		String word = "Zebracrossing" + System.nanoTime();
		long id = publishedCase("Safer streets with " + word);
		assertThat(cases.findById(id).orElseThrow().getStatus()).isEqualTo(CaseStatus.PUBLISHED);
		String link = "href=\"/cases/" + id + "\"";
		mvc.perform(get("/cases").param("q", word.toLowerCase()))
			.andExpect(content().string(containsString("One case matches")))
			.andExpect(content().string(containsString(link)));
		mvc.perform(get("/cases").param("goal", "13").param("q", word)).andExpect(content().string(containsString(link)));
		mvc.perform(get("/cases").param("target", "3.6").param("q", word))
			.andExpect(content().string(containsString(link)));
		mvc.perform(get("/cases").param("goal", "4").param("q", word))
			.andExpect(content().string(containsString("No case matches")));
		assertThat(Mailbox.body(Mailbox.await(mail, editor.email(), 1).get(0))).contains("is now published");
	}

	@Test
	void browseAnswersHtmxWithOnlyTheResults() throws Exception {
		mvc.perform(get("/cases").param("goal", "11").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void keywordWildcardsAreTakenLiterally() throws Exception {
		mvc.perform(get("/cases").param("q", "%_%")).andExpect(content().string(containsString("No case matches")));
	}

	@Test
	void pdfAttachmentIsCheckedStoredAndServedAsADownload() throws Exception {
		long id = createDraft(editor, "With attachment");
		mvc.perform(multipart("/workspace/cases/" + id + "/attachments")
			.file(new MockMultipartFile("file", "report.pdf", "application/octet-stream", PDF))
			.with(csrf())
			.with(as(editor))).andExpect(status().is3xxRedirection());
		Attachment stored = attachmentsOf(id);
		assertThat(stored.getContentType()).isEqualTo("application/pdf");
		mvc.perform(get("/cases/" + id + "/attachments/" + stored.getId()).with(as(editor)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("report.pdf")))
			.andExpect(content().bytes(PDF));
		// Another organisation cannot fetch a draft's file by guessing ids.
		mvc.perform(get("/cases/" + id + "/attachments/" + stored.getId()).with(as(people.member())))
			.andExpect(status().isNotFound());
	}

	@Test
	void uploadsAreCheckedByContentAndSize() throws Exception {
		long id = createDraft(editor, "Bad uploads");
		mvc.perform(multipart("/workspace/cases/" + id + "/attachments")
			.file(new MockMultipartFile("file", "report.pdf", "application/pdf", "<html>not a pdf</html>".getBytes()))
			.with(csrf())
			.with(as(editor))).andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/workspace/cases/" + id + "/attachments")
			.file(new MockMultipartFile("file", "big.pdf", "application/pdf", new byte[1024 * 1024 + 1]))
			.with(csrf())
			.with(as(editor))).andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/workspace/cases/" + id + "/attachments")
			.file(new MockMultipartFile("file", "photo.pdf", "application/pdf", PDF))
			.param("cover", "true")
			.with(csrf())
			.with(as(editor))).andExpect(status().is3xxRedirection());
		assertThat(attachmentRepository.findByCaseStudyIdOrderByUploadedAtAsc(id)).isEmpty();
	}

	@Test
	void commentsAreEscapedAndCanBeHidden() throws Exception {
		long id = publishedCase("Case with comments");
		Person member = people.member();
		mvc.perform(post("/cases/" + id + "/comments").with(csrf())
			.with(as(member))
			.param("text", "<script>alert('x')</script> Great work")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/cases/" + id))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Great work")))
			.andExpect(content().string(not(containsString("<script>alert"))));

		Comment comment = commentRepository.findByCaseStudyIdOrderByCreatedAtAsc(id).get(0);
		mvc.perform(post("/comments/" + comment.getId() + "/visibility").with(csrf())
			.with(as(member))
			.param("hidden", "true")).andExpect(status().isConflict());
		mvc.perform(post("/comments/" + comment.getId() + "/visibility").with(csrf())
			.with(as(secretariat))
			.param("hidden", "true")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/cases/" + id)).andExpect(content().string(not(containsString("Great work"))));
	}

	@Test
	void visitorsCannotCommentAndEmptyCommentsAreRefused() throws Exception {
		long id = publishedCase("Quiet case");
		mvc.perform(post("/cases/" + id + "/comments").with(csrf()).param("text", "hello"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/sign-in")));
		mvc.perform(post("/cases/" + id + "/comments").with(csrf()).with(as(people.member())).param("text", "   "));
		assertThat(commentRepository.findByCaseStudyIdOrderByCreatedAtAsc(id)).isEmpty();
	}

	@Test
	void everyChangeIsKeptAsARevisionWithWhoMadeIt() throws Exception {
		long id = createDraft(editor, "First title");
		mvc.perform(complete(post("/workspace/cases/" + id), "Second title").with(as(editor)));
		var revisions = cases.findRevisions(id).getContent();
		assertThat(revisions).hasSizeGreaterThanOrEqualTo(2);
		assertThat(revisions.get(0).getEntity().getTitle()).isEqualTo("First title");
		assertThat(revisions.get(revisions.size() - 1).getEntity().getTitle()).isEqualTo("Second title");
		mvc.perform(get("/cases/" + id).with(as(editor)))
			.andExpect(content().string(containsString("Saved versions")))
			.andExpect(content().string(containsString(editor.email())));
	}

	@Test
	void editorsAreRemindedOnceAYearToVerifyTheirCase() throws Exception {
		long id = publishedCase("Needs verification");
		CaseStudy c = cases.findById(id).orElseThrow();
		Instant longAgo = Instant.now().minus(Duration.ofDays(400));
		c.backdate(longAgo, longAgo);
		cases.save(c);

		notifications.remindToVerify();
		notifications.remindToVerify();
		var messages = Mailbox.to(mail, editor.email());
		assertThat(messages.stream().filter(m -> Mailbox.body(m).contains("confirm it is current"))).hasSize(1);

		mvc.perform(post("/workspace/cases/" + id + "/verify").with(csrf()).with(as(editor)))
			.andExpect(status().is3xxRedirection());
		assertThat(cases.findById(id).orElseThrow().getLastVerifiedAt()).isAfter(longAgo);
	}

	@Autowired
	AttachmentRepository attachmentRepository;

	@Autowired
	CommentRepository commentRepository;

	private Attachment attachmentsOf(long id) {
		var all = attachmentRepository.findByCaseStudyIdOrderByUploadedAtAsc(id);
		assertThat(all).hasSize(1);
		return all.get(0);
	}
}
