package org.urbansdg.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.Mailbox;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.certificate.CertificateIssued;
import org.urbansdg.certificate.Certificates;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.urbansdg.People.as;
import static org.urbansdg.training.TrainingApplication.Status.ACCEPTED;
import static org.urbansdg.training.TrainingApplication.Status.WAITLISTED;

/** Training sessions: the deadline, seats, the waitlist, attendance and certificates of attendance. */
@PlatformTest
@EnableScenarios
class TrainingTests {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	Trainings trainings;

	@Autowired
	TrainingApplicationRepository applications;

	@Autowired
	Certificates certificates;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	JdbcClient jdbc;

	People people;

	Person secretariat;

	@BeforeEach
	void setUp() {
		people = new People(accounts, members);
		secretariat = people.secretariat();
	}

	Actor actor(Person person) {
		return accounts.actor(person.id()).orElseThrow();
	}

	long session(int seats, Instant deadline) {
		LocalDate start = LocalDate.now().plusDays(30);
		return trainings.create(actor(secretariat), new TrainingSession("Session " + UUID.randomUUID(), "Two days.",
				null, "Seoul", "en", start, start.plusDays(1), seats, deadline, "City officials",
				"What do you work on?", 2, secretariat.id()));
	}

	@Test
	void applyingAfterTheDeadlineIsRefused() throws Exception {
		long id = session(5, Instant.now().minus(1, ChronoUnit.DAYS));
		Person applicant = people.member();
		mvc.perform(post("/trainings/" + id + "/apply").param("motivation", "To learn").with(csrf()).with(as(applicant)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Applications for this session are closed.")));
		assertThat(trainings.applicationOf(actor(applicant), id)).isEmpty();
	}

	@Test
	void applyingTwiceIsRefusedAndTheApplicantIsToldOfReceipt() throws Exception {
		long id = session(5, Instant.now().plus(10, ChronoUnit.DAYS));
		Person applicant = people.member();
		mvc.perform(post("/trainings/" + id + "/apply").param("motivation", "To learn").param("answer", "Transport")
			.with(csrf()).with(as(applicant))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/trainings/" + id + "/apply").param("motivation", "Again").with(csrf()).with(as(applicant)))
			.andExpect(status().isConflict());
		assertThat(Mailbox.body(Mailbox.await(mail, applicant.email(), 1).get(0))).contains("/trainings/" + id);
	}

	/** Mail follows the preferred language while it is configured, else the default (shared/Locales). */
	@Test
	void theApplicantIsWrittenToInTheirLanguageOrTheDefaultOnceItIsNoLongerOffered() throws Exception {
		long id = session(5, Instant.now().plus(10, ChronoUnit.DAYS));
		Person korean = people.member();
		Person french = people.member();
		jdbc.sql("update app_user set preferred_language = ? where id = ?").params("ko", korean.id()).update();
		jdbc.sql("update app_user set preferred_language = ? where id = ?").params("fr", french.id()).update();
		for (Person applicant : List.of(korean, french)) {
			mvc.perform(post("/trainings/" + id + "/apply").param("motivation", "To learn").param("answer", "Transport")
				.with(csrf()).with(as(applicant))).andExpect(status().is3xxRedirection());
		}
		assertThat(Mailbox.await(mail, korean.email(), 1).get(0).getSubject()).startsWith("신청서 접수: ");
		assertThat(Mailbox.await(mail, french.email(), 1).get(0).getSubject()).startsWith("Application received: ");
	}

	@Test
	void anAnswerLongerThanAnApplicationKeepsIsAFieldErrorAndKept() throws Exception {
		long id = session(5, Instant.now().plus(10, ChronoUnit.DAYS));
		Person applicant = people.member();
		String answer = "Transport " + "t".repeat(3000);
		mvc.perform(post("/trainings/" + id + "/apply").param("motivation", "To learn").param("answer", answer)
			.with(csrf()).with(as(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep each answer to 2,000 characters at most")))
			.andExpect(content().string(containsString(answer)));
		assertThat(trainings.applicationOf(actor(applicant), id)).isEmpty();
	}

	@Test
	void acceptingMoreThanTheSeatsIsRefusedAndAFreedSeatGoesToTheWaitlist() throws Exception {
		long id = session(1, Instant.now().plus(10, ChronoUnit.DAYS));
		Person first = people.member();
		Person second = people.member();
		long a = trainings.apply(actor(first), id, "One", List.of("x"));
		long b = trainings.apply(actor(second), id, "Two", List.of("y"));
		trainings.decide(actor(secretariat), a, ACCEPTED);
		mvc.perform(post("/teach/trainings/" + id + "/applications/" + b + "/decision").param("status", "ACCEPTED")
			.with(csrf()).with(as(secretariat)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("All seats are taken")));
		trainings.decide(actor(secretariat), b, WAITLISTED);
		mvc.perform(post("/trainings/" + id + "/withdraw").with(csrf()).with(as(first)))
			.andExpect(status().is3xxRedirection());
		assertThat(applications.findById(b).orElseThrow().getStatus()).isEqualTo(ACCEPTED);
		Mailbox.await(mail, second.email(), 3);
	}

	@Test
	void thoseWhoAttendedEnoughGetACertificateOfAttendance() throws Exception {
		long id = session(2, Instant.now().plus(10, ChronoUnit.DAYS));
		Person present = people.member();
		Person absent = people.member();
		long a = trainings.apply(actor(present), id, "One", List.of());
		long b = trainings.apply(actor(absent), id, "Two", List.of());
		trainings.decide(actor(secretariat), a, ACCEPTED);
		trainings.decide(actor(secretariat), b, ACCEPTED);
		trainings.confirm(actor(present), id);
		List<LocalDate> days = trainings.get(id).days();
		var request = post("/teach/trainings/" + id + "/applications/" + a + "/attendance").with(csrf()).with(as(secretariat));
		for (LocalDate day : days) {
			request = request.param("day", day.toString());
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
		trainings.attendance(actor(secretariat), b, days.get(0), true);
		mvc.perform(get("/teach/trainings/" + id).with(as(secretariat))).andExpect(status().isOk());
		assertThat(trainings.certify(actor(secretariat), id)).isEqualTo(1);
		assertThat(certificates.ofRecipient(present.id())).singleElement()
			.satisfies(c -> assertThat(c.getDetail()).isEqualTo("2 days"));
		assertThat(certificates.ofRecipient(absent.id())).isEmpty();
		mvc.perform(get("/teach/trainings/" + id).with(as(present))).andExpect(status().isNotFound());
	}

	@Test
	void aSessionFormWithBadDatesComesBackWithFieldErrorsAndCreatesNothing() throws Exception {
		int before = trainings.all().size();
		LocalDate start = LocalDate.now().plusDays(40);
		mvc.perform(post("/teach/trainings").with(csrf()).with(as(secretariat)).param("title", "Typed title")
			.param("description", "Typed description").param("venue", "").param("language", "en")
			.param("startsOn", start.toString()).param("endsOn", start.minusDays(2).toString())
			.param("deadline", start.plusDays(1).toString()).param("seats", "0").param("daysRequired", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"error-summary\"")))
			.andExpect(content().string(containsString("The last day cannot be before the first day.")))
			.andExpect(content().string(containsString("Applications must close on or before the first day.")))
			.andExpect(content().string(containsString("href=\"#venue\"")))
			.andExpect(content().string(containsString("value=\"Typed title\"")))
			.andExpect(content().string(containsString("Typed description")));
		mvc.perform(post("/teach/trainings").with(csrf()).with(as(secretariat)).param("title", "T")
			.param("description", "D").param("venue", "V").param("language", "en").param("startsOn", "tomorrow")
			.param("endsOn", start.toString()).param("deadline", start.toString()).param("seats", "2")
			.param("daysRequired", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date as YYYY-MM-DD.")));
		assertThat(trainings.all()).hasSize(before);
	}

	@Test
	void theSecretariatEditsASessionButNotBelowTheSeatsGiven() throws Exception {
		long id = session(3, Instant.now().plus(10, ChronoUnit.DAYS));
		Person first = people.member();
		Person second = people.member();
		trainings.decide(actor(secretariat), trainings.apply(actor(first), id, "One", List.of()), ACCEPTED);
		trainings.decide(actor(secretariat), trainings.apply(actor(second), id, "Two", List.of()), ACCEPTED);
		TrainingSession session = trainings.get(id);
		long partner = people.organisation();
		var edit = post("/teach/trainings/" + id + "/edit").with(csrf()).with(as(secretariat))
			.param("title", "Renamed session").param("description", "New text").param("venue", "Online")
			.param("language", "en").param("startsOn", session.getStartsOn().toString())
			.param("endsOn", session.getEndsOn().toString()).param("deadline", session.getStartsOn().minusDays(5).toString())
			.param("daysRequired", "2").param("partnerIds", String.valueOf(partner))
			.param("requiredDocuments", "CV");
		mvc.perform(edit.param("seats", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 seats are already given")));
		assertThat(trainings.get(id).getTitle()).isEqualTo(session.getTitle());
		mvc.perform(post("/teach/trainings/" + id + "/edit").with(csrf()).with(as(first)).param("title", "X"))
			.andExpect(status().isNotFound());

		edit = post("/teach/trainings/" + id + "/edit").with(csrf()).with(as(secretariat))
			.param("title", "Renamed session").param("description", "New text").param("venue", "Online")
			.param("language", "en").param("startsOn", session.getStartsOn().toString())
			.param("endsOn", session.getEndsOn().toString()).param("deadline", session.getStartsOn().minusDays(5).toString())
			.param("daysRequired", "2").param("partnerIds", String.valueOf(partner))
			.param("requiredDocuments", "CV").param("seats", "2");
		mvc.perform(edit).andExpect(status().is3xxRedirection());
		TrainingSession edited = trainings.get(id);
		assertThat(edited.getTitle()).isEqualTo("Renamed session");
		assertThat(edited.getSeats()).isEqualTo(2);
		assertThat(edited.getPartners()).extracting(o -> o.getId()).containsExactly(partner);
		assertThat(edited.requiredDocumentList()).containsExactly("CV");
		mvc.perform(get("/trainings/" + id)).andExpect(content().string(containsString("Renamed session")))
			.andExpect(content().string(containsString("Documents to send with an application")));
	}

	@Test
	void requiredDocumentsAreCheckedByContentAndKeptWithTheApplication() throws Exception {
		long id = session(3, Instant.now().plus(10, ChronoUnit.DAYS));
		TrainingSession session = trainings.get(id);
		mvc.perform(post("/teach/trainings/" + id + "/edit").with(csrf()).with(as(secretariat))
			.param("title", session.getTitle()).param("description", "D").param("venue", "Seoul")
			.param("language", "en").param("startsOn", session.getStartsOn().toString())
			.param("endsOn", session.getEndsOn().toString())
			.param("deadline", session.getStartsOn().minusDays(3).toString()).param("seats", "3")
			.param("daysRequired", "2").param("requiredDocuments", "CV\nLetter of support"))
			.andExpect(status().is3xxRedirection());
		Person applicant = people.member();
		var cv = new org.springframework.mock.web.MockMultipartFile("document", "cv.pdf", "application/pdf", pdf());
		var fake = new org.springframework.mock.web.MockMultipartFile("document", "letter.pdf", "application/pdf",
				"<html>not a pdf</html>".getBytes());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/trainings/" + id + "/apply")
			.file(cv).with(csrf()).with(as(applicant)).param("motivation", "Typed motivation"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please attach: Letter of support")))
			.andExpect(content().string(containsString("Typed motivation")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/trainings/" + id + "/apply")
			.file(cv).file(fake).with(csrf()).with(as(applicant)).param("motivation", "Typed motivation"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Letter of support: ")));
		assertThat(trainings.applicationOf(actor(applicant), id)).isEmpty();

		var letter = new org.springframework.mock.web.MockMultipartFile("document", "letter.pdf", "application/pdf", pdf());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/trainings/" + id + "/apply")
			.file(cv).file(letter).with(csrf()).with(as(applicant)).param("motivation", "To learn"))
			.andExpect(status().is3xxRedirection());
		long application = trainings.applicationOf(actor(applicant), id).orElseThrow().getId();
		List<TrainingDocument> documents = trainings.documents(actor(secretariat), id, application);
		assertThat(documents).extracting(TrainingDocument::getLabel).containsExactly("CV", "Letter of support");
		assertThat(documents).extracting(TrainingDocument::getContentType).containsOnly("application/pdf");
		String path = "/teach/trainings/" + id + "/documents/" + documents.get(0).getId();
		mvc.perform(get(path).with(as(secretariat))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", containsString("cv.pdf")));
		mvc.perform(get(path).with(as(applicant))).andExpect(status().isNotFound());
		mvc.perform(get("/teach/trainings/" + id).with(as(secretariat)))
			.andExpect(content().string(containsString("Letter of support: letter.pdf")));
	}

	@Autowired
	TrainingReminders reminders;

	@Test
	void participantsWithASeatAreRemindedOnceBeforeTheStart() throws Exception {
		LocalDate start = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2);
		long id = trainings.create(actor(secretariat), new TrainingSession("Soon " + UUID.randomUUID(), "Soon.",
				null, "Bangkok", "en", start, start, 2, Instant.now().plus(1, ChronoUnit.DAYS), null, null, 1,
				secretariat.id()));
		Person accepted = people.member();
		Person declined = people.member();
		long a = trainings.apply(actor(accepted), id, "One", List.of());
		long b = trainings.apply(actor(declined), id, "Two", List.of());
		trainings.decide(actor(secretariat), a, ACCEPTED);
		trainings.decide(actor(secretariat), b, TrainingApplication.Status.DECLINED);

		assertThat(reminders.remindUpcoming()).isGreaterThanOrEqualTo(1);
		assertThat(applications.findById(a).orElseThrow().getRemindedAt()).isNotNull();
		assertThat(applications.findById(b).orElseThrow().getRemindedAt()).isNull();
		assertThat(reminders.remindUpcoming()).isZero();
		// Received, accepted, and the reminder (once; the second run found nothing to send).
		List<jakarta.mail.internet.MimeMessage> messages = Mailbox.await(mail, accepted.email(), 3);
		List<jakarta.mail.internet.MimeMessage> reminded = new java.util.ArrayList<>();
		for (var m : messages) {
			if (m.getSubject().startsWith("Starting soon:")) {
				reminded.add(m);
			}
		}
		assertThat(reminded).hasSize(1);
		assertThat(Mailbox.body(reminded.get(0))).contains("/trainings/" + id).contains(start.toString());
	}

	private static byte[] pdf() throws Exception {
		try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
				var out = new java.io.ByteArrayOutputStream()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	@Test
	void theDemoSessionIsOpenForApplications() throws Exception {
		TrainingSession demo = trainings.all().get(0);
		assertThat(trainings.isOpen(demo)).isTrue();
		mvc.perform(get("/trainings/" + demo.getId())).andExpect(status().isOk())
			.andExpect(content().string(containsString(demo.getTitle())));
		mvc.perform(get("/trainings")).andExpect(status().isOk());
	}

	/** The certificate module announces each certificate it issues; training mails certificates of attendance. */
	@Test
	void certificateAnnouncesACertificateOfAttendanceAndTrainingMailsItsLink(Scenario scenario) {
		long id = session(1, Instant.now().plus(10, ChronoUnit.DAYS));
		Person present = people.member();
		long a = trainings.apply(actor(present), id, "One", List.of());
		trainings.decide(actor(secretariat), a, ACCEPTED);
		trainings.get(id).days().forEach(day -> trainings.attendance(actor(secretariat), a, day, true));
		scenario.stimulate(() -> trainings.certify(actor(secretariat), id))
			.andWaitForStateChange(() -> mailsAbout(present, "Your certificate of attendance:"), m -> !m.isEmpty())
			.andVerifyEvents(events -> assertThat(events).contains(CertificateIssued.class)
				.matching(e -> Long.valueOf(present.id()).equals(e.recipientUserId()))
				.matching(CertificateIssued::sourceType, Trainings.SOURCE)
				.matching(CertificateIssued::sourceId, a));
		String code = certificates.ofRecipient(present.id()).get(0).getCode();
		assertThat(mailsAbout(present, "Your certificate of attendance:")).singleElement()
			.satisfies(m -> assertThat(Mailbox.body(m)).contains("/verify/" + code));
	}

	/** Mail to the person whose subject starts so. */
	List<jakarta.mail.internet.MimeMessage> mailsAbout(Person person, String subject) {
		return Mailbox.to(mail, person.email()).stream().filter(m -> {
			try {
				return m.getSubject().startsWith(subject);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	@Autowired
	org.springframework.scheduling.config.ScheduledTaskHolder scheduler;

	/** The daily job as the scheduler runs it: it marks the participant and mails them, once. */
	@Test
	void theScheduledReminderJobMarksAndMails() {
		LocalDate start = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
		long id = trainings.create(actor(secretariat), new TrainingSession("Tomorrow " + UUID.randomUUID(), "Soon.",
				null, "Bangkok", "en", start, start, 2, Instant.now().plus(1, ChronoUnit.HOURS), null, null, 1,
				secretariat.id()));
		Person accepted = people.member();
		long a = trainings.apply(actor(accepted), id, "One", List.of());
		trainings.decide(actor(secretariat), a, ACCEPTED);
		Runnable job = scheduler.getScheduledTasks().stream().map(t -> t.getTask().getRunnable())
			.filter(r -> r.toString().startsWith(TrainingJobs.class.getName()))
			.findFirst().orElseThrow();
		job.run();
		assertThat(applications.findById(a).orElseThrow().getRemindedAt()).isNotNull();
		Mailbox.await(mail, accepted.email(), 3); // received, accepted, and the reminder
		assertThat(mailsAbout(accepted, "Starting soon:")).singleElement()
			.satisfies(m -> assertThat(Mailbox.body(m)).contains("/trainings/" + id));
	}
}
