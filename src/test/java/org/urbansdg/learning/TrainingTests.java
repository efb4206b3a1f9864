package org.urbansdg.learning;

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
import org.springframework.test.web.servlet.MockMvc;
import org.urbansdg.Mailbox;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Role;
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
import static org.urbansdg.learning.TrainingApplication.Status.ACCEPTED;
import static org.urbansdg.learning.TrainingApplication.Status.WAITLISTED;

/** Training sessions: the deadline, seats, the waitlist, attendance and certificates of attendance. */
@PlatformTest
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
	void theDemoSessionIsOpenForApplications() throws Exception {
		TrainingSession demo = trainings.all().get(0);
		assertThat(trainings.isOpen(demo)).isTrue();
		mvc.perform(get("/trainings/" + demo.getId())).andExpect(status().isOk())
			.andExpect(content().string(containsString(demo.getTitle())));
		mvc.perform(get("/trainings")).andExpect(status().isOk());
	}
}
