package org.urbansdg.account;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first secretariat account from configuration ({@code urbansdg.admin.email} and
 * {@code urbansdg.admin.password}, e.g. as {@code URBANSDG_ADMIN_EMAIL}/{@code URBANSDG_ADMIN_PASSWORD}) when no
 * secretariat account exists yet. Once one exists the settings are ignored.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	@ConfigurationProperties("urbansdg.admin")
	record Settings(String email, String password, String name) {
	}

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final Settings settings;

	FirstAdministrator(Accounts accounts, Settings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.anyoneHas(Role.SECRETARIAT)) {
			return;
		}
		if (settings.email() == null || settings.password() == null) {
			log.warn("No secretariat account exists. Start once with --urbansdg.admin.email=... "
					+ "--urbansdg.admin.password=... to create the first administrator.");
			return;
		}
		if (settings.password().length() < AccountForms.MIN_PASSWORD) {
			throw new IllegalStateException("urbansdg.admin.password must have at least " + AccountForms.MIN_PASSWORD
					+ " characters");
		}
		accounts.createConfirmed(settings.email(), settings.name() == null ? "Administrator" : settings.name(),
				settings.password(), null, List.of(Role.SECRETARIAT));
		log.info("Created the first administrator {}", settings.email());
	}
}
