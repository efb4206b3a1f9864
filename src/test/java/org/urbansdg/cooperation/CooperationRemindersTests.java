package org.urbansdg.cooperation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.urbansdg.CaseFixtures;
import org.urbansdg.Mailbox;
import org.urbansdg.People;
import org.urbansdg.People.Person;
import org.urbansdg.PlatformTest;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;
import org.urbansdg.account.Role;
import org.urbansdg.member.Members;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder jobs at fixed instants long past (so that only this test's requests, moved there, are due): overdue
 * answers to the owner's side once per interval, six- and twelve-month reminders to the requester's side once each,
 * in the recipient's language, and two runs at once sending one reminder.
 */
@PlatformTest
class CooperationRemindersTests {

	@RegisterExtension
	static GreenMailExtension mail = Mailbox.server();

	/** Where this test's requests are asked or closed: before any other request in the shared database. */
	static final Instant T0 = Instant.parse("2019-03-01T06:00:00Z");

	@Autowired
	Cooperations cooperations;

	@Autowired
	CooperationReminders reminders;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Members members;

	@Autowired
	JdbcTemplate jdbc;

	Person ownerEditor;

	Person ownerMember;

	Person asker;

	Person requesterEditor;

	long caseId;

	@BeforeEach
	void setUp() {
		People people = new People(accounts, members);
		long owner = people.organisation();
		ownerEditor = people.editorOf(owner);
		ownerMember = people.person(owner);
		long requester = people.organisation();
		asker = people.person(requester);
		requesterEditor = people.person(requester, Role.EDITOR);
		caseId = fixtures.published(owner, ownerEditor, people.secretariat());
	}

	Actor actor(Person person) {
		return accounts.actor(person.id()).orElseThrow();
	}

	long askedAt(Instant at) {
		long id = cooperations.ask(actor(asker), CooperationsTests.ask(caseId));
		jdbc.update("update cooperation_request set requested_at = ? where id = ?", Timestamp.from(at), id);
		return id;
	}

	long closedAt(Instant at, Outcome outcome) {
		long id = cooperations.ask(actor(asker), CooperationsTests.ask(caseId));
		cooperations.accept(actor(ownerEditor), id, null);
		cooperations.start(actor(asker), id);
		cooperations.close(actor(asker), id, new Cooperations.Closing(outcome, "note", null, null));
		jdbc.update("update cooperation_request set requested_at = ?, closed_at = ? where id = ?",
				Timestamp.from(at.minus(Duration.ofDays(60))), Timestamp.from(at), id);
		return id;
	}

	static Instant days(Instant from, int days) {
		return from.plus(Duration.ofDays(days));
	}

	long mailsWithSubject(Person to, String start) {
		return Mailbox.to(mail, to.email()).stream().filter(m -> subject(m).startsWith(start)).count();
	}

	static String subject(jakarta.mail.internet.MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void anUnansweredRequestIsRemindedToTheOwnersOncePerIntervalAndNotBeforeItIsOverdue() throws Exception {
		long id = askedAt(T0);
		assertThat(reminders.remindOverdue(days(T0, 13))).doesNotContain(id);
		assertThat(reminders.remindOverdue(days(T0, 15))).containsOnlyOnce(id);
		var reminder = Mailbox.await(mail, ownerEditor.email(), 2).stream()
			.filter(m -> subject(m).startsWith("A request waits for your answer")).findFirst().orElseThrow();
		assertThat(Mailbox.body(reminder)).contains("15 days ago").contains("/cooperation/" + id)
			.doesNotContain("Private aim");
		assertThat(reminders.remindOverdue(days(T0, 16))).doesNotContain(id);
		assertThat(reminders.remindOverdue(days(T0, 21))).doesNotContain(id);
		assertThat(reminders.remindOverdue(days(T0, 22))).containsOnlyOnce(id);
		assertThat(mailsWithSubject(ownerEditor, "A request waits")).isEqualTo(2);
		assertThat(Mailbox.to(mail, ownerMember.email())).isEmpty();
		assertThat(Mailbox.to(mail, asker.email())).isEmpty();
	}

	@Test
	void anAnsweredRequestIsNotReminded() {
		long id = askedAt(T0);
		cooperations.accept(actor(ownerEditor), id, null);
		assertThat(reminders.remindOverdue(days(T0, 30))).doesNotContain(id);
		assertThat(mailsWithSubject(ownerEditor, "A request waits")).isZero();
	}

	@Test
	void theReminderIsInTheRecipientsLanguage() {
		jdbc.update("update app_user set preferred_language = 'ko' where id = ?", ownerEditor.id());
		long id = askedAt(T0);
		assertThat(reminders.remindOverdue(days(T0, 20))).contains(id);
		assertThat(mailsWithSubject(ownerEditor, "답변을 기다리는 요청")).isEqualTo(1);
	}

	@Test
	void twoRunsAtOnceRemindOnce() throws Exception {
		long id = askedAt(T0.minus(Duration.ofDays(400)));
		Instant now = days(T0.minus(Duration.ofDays(400)), 15);
		CountDownLatch start = new CountDownLatch(1);
		Callable<List<Long>> run = () -> {
			start.await();
			return reminders.remindOverdue(now);
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<List<Long>>> runs = List.of(pool.submit(run), pool.submit(run));
			start.countDown();
			List<Long> claimed = new ArrayList<>();
			for (Future<List<Long>> f : runs) {
				claimed.addAll(f.get());
			}
			assertThat(claimed).containsOnlyOnce(id);
		}
		finally {
			pool.shutdownNow();
		}
		Mailbox.await(mail, ownerEditor.email(), 2);
		Thread.sleep(500);
		assertThat(mailsWithSubject(ownerEditor, "A request waits")).isEqualTo(1);
	}

	@Test
	void theRequesterIsAskedForResultsSixAndTwelveMonthsAfterClosingEachOnce() throws Exception {
		long id = closedAt(T0, Outcome.ADAPTED);
		assertThat(reminders.remindToShareResults(days(T0, 180))).doesNotContain(id);
		assertThat(reminders.remindToShareResults(days(T0, 185))).containsOnlyOnce(id);
		assertThat(reminders.remindToShareResults(days(T0, 200))).doesNotContain(id);
		assertThat(mailsWithSubject(asker, "Six months on")).isEqualTo(1);
		assertThat(mailsWithSubject(requesterEditor, "Six months on")).isEqualTo(1);
		assertThat(reminders.remindToShareResults(days(T0, 367))).containsOnlyOnce(id);
		assertThat(reminders.remindToShareResults(days(T0, 500))).doesNotContain(id);
		assertThat(mailsWithSubject(asker, "One year on")).isEqualTo(1);
		var yearOn = Mailbox.to(mail, asker.email()).stream().filter(m -> subject(m).startsWith("One year on"))
			.findFirst().orElseThrow();
		assertThat(Mailbox.body(yearOn)).contains("/cooperation/" + id);
		assertThat(mailsWithSubject(ownerEditor, "Six months on") + mailsWithSubject(ownerEditor, "One year on"))
			.isZero();
	}

	@Test
	void aMissedSixMonthReminderIsNotSentAfterTheTwelveMonthOneNorAnyForAPracticeNotPursued() {
		long late = closedAt(T0.minus(Duration.ofDays(800)), Outcome.REPLICATED);
		long notPursued = closedAt(T0.minus(Duration.ofDays(800)), Outcome.NOT_PURSUED);
		Instant now = days(T0.minus(Duration.ofDays(800)), 370);
		assertThat(reminders.remindToShareResults(now)).containsOnlyOnce(late).doesNotContain(notPursued);
		assertThat(mailsWithSubject(asker, "One year on")).isEqualTo(1);
		assertThat(mailsWithSubject(asker, "Six months on")).isZero();
		assertThat(reminders.remindToShareResults(days(now, 30))).doesNotContain(late, notPursued);
	}
}
