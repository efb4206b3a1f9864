package org.urbansdg;

import java.util.List;
import java.util.Set;

import org.springframework.boot.test.context.TestComponent;
import org.urbansdg.People.Person;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Role;
import org.urbansdg.casestudy.CaseTestData;

/** Cases and users in a given state, made through the application's own services. */
@TestComponent
public class CaseFixtures {

	private final CaseTestData cases;

	private final Accounts accounts;

	CaseFixtures(CaseTestData cases, Accounts accounts) {
		this.cases = cases;
		this.accounts = accounts;
	}

	public long draft(Person editor) {
		return cases.draft(editor.email());
	}

	public long submitted(Person editor) {
		long id = draft(editor);
		cases.submit(editor.email(), id);
		return id;
	}

	public long published(long organisation, Person editor, Person secretariat) {
		long id = draft(editor);
		publish(id, editor, secretariat);
		return id;
	}

	/** Submits and publishes a draft (for a case that needs something added while it is a draft). */
	public void publish(long draft, Person editor, Person secretariat) {
		cases.submit(editor.email(), draft);
		cases.publish(secretariat.email(), draft);
	}

	/** A user who asked to act for the organisation. */
	public long applicant(long organisation) {
		String email = "applicant-" + java.util.UUID.randomUUID() + "@example.org";
		long id = accounts.createConfirmed(email, "Applicant", "test password 123", null, List.of());
		accounts.updateProfile(id, "Applicant", null, "en", organisation);
		return id;
	}

	/** A user confirmed for the organisation, with no role beyond member. */
	public long confirmed(long organisation) {
		String email = "confirmed-" + java.util.UUID.randomUUID() + "@example.org";
		return accounts.createConfirmed(email, "Confirmed", "test password 123", organisation, Set.<Role>of());
	}
}
