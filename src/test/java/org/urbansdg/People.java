package org.urbansdg;

import java.util.List;
import java.util.UUID;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.urbansdg.account.Accounts;
import org.urbansdg.account.Role;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;

/**
 * Test-data builder for organisations and users: each call makes new ones with unique names, so tests never share
 * what they change. {@link #as(Person)} signs a MockMvc request in as that person.
 */
public final class People {

	public record Person(String email, long id, Long organisationId, List<Role> roles) {
	}

	private final Accounts accounts;

	private final Members members;

	public People(Accounts accounts, Members members) {
		this.accounts = accounts;
		this.members = members;
	}

	public long organisation() {
		String name = "Test City Government " + UUID.randomUUID();
		long city = members.cities().get(0).getId();
		return members.addOrganisation(name, Organisation.Type.LOCAL_GOVERNMENT, "KR", city,
				Organisation.Membership.ACTIVE, null).getId();
	}

	public Person person(Long organisationId, Role... roles) {
		String email = "person-" + UUID.randomUUID() + "@example.org";
		long id = accounts.createConfirmed(email, "Person " + email.substring(7, 13), "test password 123",
				organisationId, List.of(roles));
		return new Person(email, id, organisationId, List.of(roles));
	}

	public Person editorOf(long organisationId) {
		return person(organisationId, Role.EDITOR);
	}

	public Person secretariat() {
		return person(null, Role.SECRETARIAT);
	}

	public Person member() {
		return person(null);
	}

	public static RequestPostProcessor as(Person person) {
		List<String> roles = new java.util.ArrayList<>(person.roles().stream().map(Role::name).toList());
		roles.add("MEMBER");
		return SecurityMockMvcRequestPostProcessors.user(person.email()).roles(roles.toArray(String[]::new));
	}
}
