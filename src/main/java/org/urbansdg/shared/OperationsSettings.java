package org.urbansdg.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The operators' own credentials for the actuator endpoints beyond health and info (metrics, the Prometheus scrape,
 * health details), sent with HTTP Basic. No password set: those endpoints answer nobody.
 *
 * @param username the operator's user name
 * @param password the operator's password, from the environment or a secret store ({@code URBANSDG_OPERATIONS_PASSWORD})
 */
@ConfigurationProperties("urbansdg.operations")
record OperationsSettings(@DefaultValue("operator") String username, @DefaultValue("") String password) {

	boolean enabled() {
		return !password.isBlank();
	}
}
