package org.urbansdg.account;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.urbansdg.member.Members;
import org.urbansdg.member.Organisation;
import org.urbansdg.shared.DemoContent;

/** One demo account per role, all with the documented demo password. Demo mode only. */
@Component
@Profile("demo")
@Order(20)
class DemoAccounts implements ApplicationRunner {

	static final String SEOUL = "Seoul Metropolitan Government";

	static final String BANGKOK = "Bangkok Metropolitan Administration";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final Accounts accounts;

	private final Members members;

	private final DemoContent demo;

	DemoAccounts(Accounts accounts, Members members, DemoContent demo) {
		this.accounts = accounts;
		this.members = members;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.exists("secretariat@demo.urbansdg.org")) {
			return;
		}
		Long seoul = members.organisationNamed(SEOUL).map(Organisation::getId).orElse(null);
		Long bangkok = members.organisationNamed(BANGKOK).map(Organisation::getId).orElse(null);
		create("secretariat@demo.urbansdg.org", "Sam Secretariat", null, List.of(Role.SECRETARIAT));
		create("focal.seoul@demo.urbansdg.org", "Min-ji Focal Point", seoul, List.of(Role.FOCAL_POINT));
		create("editor.seoul@demo.urbansdg.org", "Ji-ho Editor", seoul, List.of(Role.EDITOR));
		create("editor.bangkok@demo.urbansdg.org", "Somchai Editor", bangkok, List.of(Role.EDITOR));
		create("member@demo.urbansdg.org", "Maya Member", null, List.of());
		create("judge@demo.urbansdg.org", "Jun Judge", null, List.of(Role.JUDGE));
		create("trainer@demo.urbansdg.org", "Tara Trainer", null, List.of(Role.TRAINER));
		log.info("Demo accounts created (password '{}'): secretariat@, focal.seoul@, editor.seoul@, editor.bangkok@, "
				+ "member@, judge@, trainer@demo.urbansdg.org", demo.password());
	}

	private void create(String email, String name, Long organisationId, List<Role> roles) {
		accounts.createConfirmed(email, name, demo.password(), organisationId, roles);
	}
}
