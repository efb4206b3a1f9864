package org.urbansdg.cooperation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BindingResult;
import org.urbansdg.CaseFixtures;
import org.urbansdg.Mailbox;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Role;
import org.urbansdg.member.Members;
import org.urbansdg.shared.DomainException;
import org.urbansdg.shared.NotFoundException;
import org.urbansdg.shared.RateLimit;
import org.urbansdg.shared.RateLimitSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;
import static org.urbansdg.TooManyRequests.from;
import static org.urbansdg.TooManyRequests.newClient;
import static org.urbansdg.TooManyRequests.refused;

/**
 * A request's private thread and milestones: who may write and read, the refusals that change nothing and keep what
 * was typed, the files, the mail to the other parties (a link, never the text nor the file), the read markers.
 */
@PlatformTest
class CooperationThreadTests {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>"
			+ "endobj\n% Confidential depot figures\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

	@Autowired
	Cooperations cooperations;

	@Autowired
	CooperationThreads threads;

	@Autowired
	CooperationMilestones milestones;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	RateLimitSettings limits;

	Person ownerEditor;

	Person ownerFocalPoint;

	Person ownerMember;

	Person asker;

	Person requesterEditor;

	Person secretariat;

	Person stranger;

	long caseId;

	/** A request from the asker's organisation, still unanswered. */
	long id;

	@BeforeEach
	void setUp() {
		People people = new People(accounts, members);
		long owner = people.organisation();
		ownerEditor = people.editorOf(owner);
		ownerFocalPoint = people.person(owner, Role.FOCAL_POINT);
		ownerMember = people.person(owner);
		long requester = people.organisation();
		asker = people.person(requester);
		requesterEditor = people.editorOf(requester);
		secretariat = people.secretariat();
		stranger = people.editorOf(people.organisation());
		caseId = fixtures.published(owner, ownerEditor, secretariat);
		id = cooperations.ask(actor(asker), CooperationsTests.ask(caseId));
	}

	Actor actor(Person person) {
		return accounts.actor(person.id()).orElseThrow();
	}

	long messages() {
		return jdbc.queryForObject("select count(*) from cooperation_message where request_id = ?", Long.class, id);
	}

	long files() {
		return jdbc.queryForObject("select count(*) from cooperation_attachment a join cooperation_message m"
				+ " on m.id = a.message_id where m.request_id = ?", Long.class, id);
	}

	/** The mail about a new message in this request's thread, waiting for it. */
	MimeMessage messageMail(Person to) throws Exception {
		String link = "/cooperation/" + id;
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			for (MimeMessage m : Mailbox.to(mail, to.email())) {
				if (Mailbox.body(m).contains(link) && (m.getSubject().startsWith("New message about")
						|| m.getSubject().startsWith("새 메시지"))) {
					return m;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No message mail to " + to.email());
	}

	List<MimeMessage> messageMailsTo(Person to) {
		return Mailbox.to(mail, to.email()).stream().filter(m -> {
			try {
				return m.getSubject().startsWith("New message about");
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	@Test
	void aQuestionBeforeTheAnswerMailsTheOwnersSideALinkWithoutTheText() throws Exception {
		jdbc.update("update app_user set preferred_language = 'ko' where id = ?", ownerFocalPoint.id());
		threads.post(actor(asker), id, "Private question: what did the depot cost?", null);
		MimeMessage toEditor = messageMail(ownerEditor);
		assertThat(Mailbox.body(toEditor)).contains("http://localhost/cooperation/" + id)
			.doesNotContain("Private question");
		MimeMessage toFocalPoint = messageMail(ownerFocalPoint);
		assertThat(toFocalPoint.getSubject()).startsWith("새 메시지");
		assertThat(Mailbox.body(toFocalPoint)).doesNotContain("Private question");
		// The writer's own side is not mailed (the other side's message would be), nor a mere member of the owner.
		assertThat(messageMailsTo(requesterEditor)).isEmpty();
		assertThat(messageMailsTo(asker)).isEmpty();
		assertThat(messageMailsTo(ownerMember)).isEmpty();
		assertThat(messageMailsTo(stranger)).isEmpty();
	}

	@Test
	void aFileGoesWithTheMessageToPartiesOnlyAndNeverIntoTheMail() throws Exception {
		long message = threads.post(actor(ownerEditor), id, "Our plan attached",
				new MockMultipartFile("file", "depot-plan.pdf", "application/pdf", PDF));
		long file = jdbc.queryForObject("select id from cooperation_attachment where message_id = ?", Long.class, message);
		String url = "/cooperation/" + id + "/attachments/" + file;
		byte[] body = mvc.perform(get(url).with(as(asker))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"depot-plan.pdf\"")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(body).isEqualTo(PDF);
		mvc.perform(get(url).with(as(secretariat))).andExpect(status().isOk());
		mvc.perform(get(url).with(as(stranger))).andExpect(status().isNotFound());
		mvc.perform(get(url)).andExpect(status().is3xxRedirection());
		// The file's id through another request the stranger may see: not found either.
		long strangersRequest = cooperations.ask(actor(stranger), CooperationsTests.ask(caseId));
		mvc.perform(get("/cooperation/" + strangersRequest + "/attachments/" + file).with(as(stranger)))
			.andExpect(status().isNotFound());
		for (Person told : List.of(asker, requesterEditor)) {
			String text = Mailbox.body(messageMail(told));
			assertThat(text).doesNotContain("Confidential depot figures").doesNotContain("depot-plan")
				.doesNotContain("Our plan attached");
		}
		assertThat(messageMailsTo(ownerFocalPoint)).isEmpty();
	}

	@Test
	void aRefusedFileOrTextStoresNothingAndKeepsWhatWasTyped() throws Exception {
		var wrongType = new MockMultipartFile("file", "notes.pdf", "application/pdf",
				"Just text pretending to be a PDF".getBytes(StandardCharsets.UTF_8));
		var result = mvc.perform(multipart("/cooperation/" + id + "/messages").file(wrongType)
			.param("text", "Here are my notes").with(csrf()).with(as(asker)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cooperation/" + id + "#thread-form"))
			.andExpect(flash().attribute("messageForm", new MessageForm("Here are my notes")))
			.andReturn();
		BindingResult errors = (BindingResult) result.getFlashMap()
			.get(BindingResult.MODEL_KEY_PREFIX + "messageForm");
		assertThat(errors.getGlobalErrors()).extracting(e -> e.getCode())
			.containsExactly("upload.wrongType", "thread.file.chooseAgain");
		var tooLarge = new MockMultipartFile("file", "big.pdf", "application/pdf", new byte[1024 * 1024 + 1]);
		assertThatThrownBy(() -> threads.post(actor(asker), id, "Big", tooLarge)).hasMessage("upload.tooLarge");
		var blank = mvc.perform(multipart("/cooperation/" + id + "/messages").param("text", "   ")
			.with(csrf()).with(as(asker))).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(((BindingResult) blank.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "messageForm"))
			.getFieldError("text").getCode()).isEqualTo("NotBlank");
		assertThatThrownBy(() -> threads.post(actor(asker), id, "x".repeat(8001), null))
			.hasMessage("thread.message.tooLong");
		assertThat(messages()).isZero();
		assertThat(files()).isZero();
		mvc.perform(multipart("/cooperation/" + id + "/messages").param("text", "Fine now").with(csrf()).with(as(asker)))
			.andExpect(redirectedUrl("/cooperation/" + id + "#thread"))
			.andExpect(flash().attribute("flash", "thread.message.sent"));
		assertThat(messages()).isOne();
	}

	@Test
	void nobodyButThePartiesAndTheSecretariatWritesOrReadsAndTheSecretariatIsHeardByBothSides() throws Exception {
		assertThatThrownBy(() -> threads.post(actor(stranger), id, "Let me in", null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> threads.read(actor(stranger), id)).isInstanceOf(NotFoundException.class);
		mvc.perform(multipart("/cooperation/" + id + "/messages").param("text", "Let me in").with(csrf())
			.with(as(stranger))).andExpect(status().isNotFound());
		mvc.perform(multipart("/cooperation/999999999/messages").param("text", "Anyone?").with(csrf())
			.with(as(asker))).andExpect(status().isNotFound());
		assertThat(messages()).isZero();
		threads.post(actor(secretariat), id, "The secretariat can help with a visit budget.", null);
		for (Person told : List.of(ownerEditor, ownerFocalPoint, asker, requesterEditor)) {
			assertThat(Mailbox.body(messageMail(told))).startsWith("The secretariat wrote");
		}
		// Having taken part, the secretariat hears of the answer.
		threads.post(actor(ownerMember), id, "Thank you", null);
		assertThat(Mailbox.body(messageMail(secretariat))).contains(" wrote in the private thread");
		ThreadView view = threads.read(actor(asker), id);
		assertThat(view.messages()).extracting(CooperationMessage::getBody)
			.containsExactly("The secretariat can help with a visit budget.", "Thank you");
		assertThat(view.messages().get(0).getOrganisationId()).isNull();
	}

	@Test
	void aDeclinedWithdrawnOrClosedRequestTakesNoMoreMessages() throws Exception {
		cooperations.decline(actor(ownerEditor), id, "No staff");
		assertThatThrownBy(() -> threads.post(actor(asker), id, "But why?", null)).hasMessage("thread.closed");
		var result = mvc.perform(multipart("/cooperation/" + id + "/messages").param("text", "But why?")
			.with(csrf()).with(as(asker))).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("messageForm", new MessageForm("But why?"))).andReturn();
		assertThat(((BindingResult) result.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "messageForm"))
			.getGlobalError().getCode()).isEqualTo("thread.closed");
		long withdrawn = cooperations.ask(actor(asker), CooperationsTests.ask(caseId));
		cooperations.withdraw(actor(asker), withdrawn);
		assertThatThrownBy(() -> threads.post(actor(ownerEditor), withdrawn, "Too late?", null))
			.hasMessage("thread.closed");
		long closed = cooperations.ask(actor(asker), CooperationsTests.ask(caseId));
		cooperations.accept(actor(ownerEditor), closed, null);
		threads.post(actor(ownerEditor), closed, "Welcome", null);
		cooperations.start(actor(asker), closed);
		cooperations.close(actor(asker), closed, new Cooperations.Closing(Outcome.INSPIRED, null, null, null));
		assertThatThrownBy(() -> threads.post(actor(ownerEditor), closed, "One more thing", null))
			.hasMessage("thread.closed");
		assertThat(threads.read(actor(asker), closed).open()).isFalse();
		assertThat(jdbc.queryForObject("select count(*) from cooperation_message where request_id in (?, ?, ?)",
				Long.class, id, withdrawn, closed)).isOne();
	}

	@Test
	void readMarkersCountWhatOthersWroteSinceTheLastVisit() {
		threads.post(actor(asker), id, "First", null);
		threads.post(actor(requesterEditor), id, "Second", null);
		assertThat(threads.unreadCounts(actor(ownerEditor), List.of(id))).containsEntry(id, 2L);
		assertThat(threads.unreadCounts(actor(asker), List.of(id))).containsEntry(id, 1L);
		ThreadView first = threads.read(actor(ownerEditor), id);
		assertThat(first.messages()).allMatch(first::isNew);
		assertThat(threads.unreadCounts(actor(ownerEditor), List.of(id))).doesNotContainKey(id);
		threads.post(actor(ownerEditor), id, "Answer", null);
		threads.post(actor(asker), id, "Thanks", null);
		assertThat(threads.unreadCounts(actor(ownerEditor), List.of(id))).containsEntry(id, 1L);
		ThreadView second = threads.read(actor(ownerEditor), id);
		assertThat(second.messages().stream().filter(second::isNew)).extracting(CooperationMessage::getBody)
			.containsExactly("Thanks");
		// Each reader has a marker of their own.
		assertThat(threads.unreadCounts(actor(ownerFocalPoint), List.of(id))).containsEntry(id, 4L);
	}

	@Test
	void milestonesAreRecordedByEitherOrganisationWhileTheWorkRuns() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThatThrownBy(() -> milestones.record(actor(asker), id, MilestoneKind.CALL_OR_MEETING, today, null))
			.hasMessage("milestone.notRunning");
		cooperations.accept(actor(ownerEditor), id, null);
		assertThat(milestones.list(actor(asker), id).canRecord()).isTrue();
		assertThat(milestones.list(actor(secretariat), id).canRecord()).isFalse();
		assertThatThrownBy(() -> milestones.record(actor(secretariat), id, MilestoneKind.WORKSHOP, today, null))
			.hasMessage("cooperation.notAllowed");
		assertThatThrownBy(() -> milestones.record(actor(stranger), id, MilestoneKind.WORKSHOP, today, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> milestones.record(actor(asker), id, MilestoneKind.WORKSHOP, today.plusDays(2), null))
			.hasMessage("milestone.dateInFuture");
		assertThatThrownBy(() -> milestones.record(actor(asker), id, MilestoneKind.WORKSHOP, today.minusDays(3), null))
			.hasMessage("milestone.dateBeforeRequest");
		assertThatThrownBy(() -> milestones.record(actor(asker), id, null, today, null))
			.hasMessage("milestone.kindMissing");
		assertThatThrownBy(() -> milestones.record(actor(asker), id, MilestoneKind.WORKSHOP, today, "n".repeat(1001)))
			.hasMessage("milestone.noteTooLong");
		assertThat(milestones.list(actor(asker), id).milestones()).isEmpty();
		milestones.record(actor(ownerMember), id, MilestoneKind.DOCUMENTS_SHARED, today, " Plans and budget ");
		cooperations.start(actor(asker), id);
		milestones.record(actor(asker), id, MilestoneKind.CALL_OR_MEETING, today, null);
		var list = milestones.list(actor(secretariat), id);
		assertThat(list.milestones()).extracting(CooperationMilestone::getKind)
			.containsExactly(MilestoneKind.DOCUMENTS_SHARED, MilestoneKind.CALL_OR_MEETING);
		assertThat(list.milestones().get(0).getNote()).isEqualTo("Plans and budget");
		assertThat(list.names()).containsKeys(ownerMember.id(), asker.id());
		cooperations.close(actor(asker), id, new Cooperations.Closing(Outcome.INSPIRED, null, null, null));
		assertThatThrownBy(() -> milestones.record(actor(asker), id, MilestoneKind.WORKSHOP, today, null))
			.hasMessage("milestone.notRunning");
		assertThat(milestones.list(actor(asker), id).milestones()).hasSize(2);
	}

	@Test
	void aRefusedMilestoneComesBackAsTypedWithItsErrors() throws Exception {
		cooperations.accept(actor(ownerEditor), id, null);
		String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
		var result = mvc.perform(post("/cooperation/" + id + "/milestones").param("kind", "STUDY_VISIT")
			.param("happenedOn", tomorrow).param("note", "Visit to the depot").with(csrf()).with(as(asker)))
			.andExpect(redirectedUrl("/cooperation/" + id + "#milestone-form"))
			.andExpect(flash().attribute("milestoneForm", new MilestoneForm(MilestoneKind.STUDY_VISIT,
					LocalDate.parse(tomorrow), "Visit to the depot")))
			.andReturn();
		BindingResult errors = (BindingResult) result.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "milestoneForm");
		assertThat(errors.getFieldError("happenedOn").getCode()).isEqualTo("milestone.dateInFuture");
		var garbled = mvc.perform(post("/cooperation/" + id + "/milestones").param("kind", "PARTY")
			.param("happenedOn", "yesterday").param("note", "Kept").with(csrf()).with(as(asker)))
			.andExpect(status().is3xxRedirection()).andReturn();
		BindingResult garbledErrors = (BindingResult) garbled.getFlashMap()
			.get(BindingResult.MODEL_KEY_PREFIX + "milestoneForm");
		assertThat(garbledErrors.getFieldError("kind").getCode()).isEqualTo("typeMismatch");
		assertThat(garbledErrors.getFieldError("happenedOn").getCode()).isEqualTo("typeMismatch");
		assertThat(garbledErrors.getFieldValue("happenedOn")).isEqualTo("yesterday");
		assertThat(garbledErrors.getFieldValue("note")).isEqualTo("Kept");
		mvc.perform(post("/cooperation/" + id + "/milestones").param("kind", "STUDY_VISIT")
			.param("happenedOn", LocalDate.now(ZoneOffset.UTC).toString()).with(csrf()).with(as(secretariat)))
			.andExpect(status().isConflict());
		mvc.perform(post("/cooperation/" + id + "/milestones").param("kind", "STUDY_VISIT")
			.param("happenedOn", LocalDate.now(ZoneOffset.UTC).toString()).with(csrf()).with(as(stranger)))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from cooperation_milestone where request_id = ?", Long.class,
				id)).isZero();
		mvc.perform(post("/cooperation/" + id + "/milestones").param("kind", "STUDY_VISIT")
			.param("happenedOn", LocalDate.now(ZoneOffset.UTC).toString()).with(csrf()).with(as(asker)))
			.andExpect(redirectedUrl("/cooperation/" + id + "#milestones"))
			.andExpect(flash().attribute("flash", "milestone.recorded"));
	}

	@Test
	void messagesOfOneAccountStopAtTheLimitAndNothingMoreIsStored() throws Exception {
		long limit = limits.of(RateLimit.COOPERATION_MESSAGE).account().capacity();
		for (int i = 0; i < limit; i++) {
			mvc.perform(multipart("/cooperation/" + id + "/messages").param("text", "Message " + i).with(csrf())
				.with(as(asker)).with(from(newClient()))).andExpect(status().is3xxRedirection());
		}
		mvc.perform(multipart("/cooperation/" + id + "/messages").param("text", "One too many").with(csrf())
			.with(as(asker))).andExpect(refused());
		assertThat(messages()).isEqualTo(limit);
		mvc.perform(multipart("/cooperation/" + id + "/messages").param("text", "Mine").with(csrf())
			.with(as(requesterEditor))).andExpect(status().is3xxRedirection());
		assertThat(messages()).isEqualTo(limit + 1);
	}
}
