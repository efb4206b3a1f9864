package org.urbansdg.cooperation;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.urbansdg.People.Person;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Actor;

/** Requests with a thread for tests outside the module (the authorisation matrix, browser tests). */
public final class ThreadTestData {

	private ThreadTestData() {
	}

	/** A request from the asker's organisation about the case, accepted by the owner's editor when one is given. */
	public static long request(ApplicationContext context, long caseId, Person asker, Person acceptingOwner) {
		Cooperations cooperations = context.getBean(Cooperations.class);
		long id = cooperations.ask(actor(context, asker), CooperationsTests.ask(caseId));
		if (acceptingOwner != null) {
			cooperations.accept(actor(context, acceptingOwner), id, null);
		}
		return id;
	}

	/** Posts a message with a small PDF; returns the file's id. */
	public static long fileInThread(ApplicationContext context, long requestId, Person author) {
		long message = context.getBean(CooperationThreads.class).post(actor(context, author), requestId, "With a file",
				new MockMultipartFile("file", "plan.pdf", "application/pdf", CooperationThreadTests.PDF));
		return context.getBean(JdbcTemplate.class)
			.queryForObject("select id from cooperation_attachment where message_id = ?", Long.class, message);
	}

	private static Actor actor(ApplicationContext context, Person person) {
		return context.getBean(Accounts.class).actor(person.id()).orElseThrow();
	}
}
