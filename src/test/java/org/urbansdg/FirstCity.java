package org.urbansdg;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestComponent;
import org.urbansdg.member.Members;

/**
 * A module test starts on a database without demo content, but {@link People} and {@link CaseFixtures} place
 * organisations and cases in the first city there is: this makes one when there is none.
 */
@TestComponent
class FirstCity implements ApplicationRunner {

	private final ObjectProvider<Members> members;

	FirstCity(ObjectProvider<Members> members) {
		this.members = members;
	}

	@Override
	public void run(ApplicationArguments args) {
		members.ifAvailable(m -> {
			if (m.cities().isEmpty()) {
				m.addCity("Module Test City", "KR", 37.5665, 126.978, 1_000_000L);
			}
		});
	}
}
