package org.urbansdg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The SMTP port of the test mail server, free when the test JVM asked for it, so that test runs of other working
 * copies on the same machine (which would all want GreenMail's fixed 3025) do not take each other's port. The
 * platform under test sends to it ({@code spring.mail.port}, set before any bean exists) and {@link Mailbox} listens
 * on it. Registered in {@code META-INF/spring.factories} of the test classpath.
 */
public final class TestSmtpPort implements EnvironmentPostProcessor {

	private static Integer port;

	public static synchronized int port() {
		if (port == null) {
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return port;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addFirst(new MapPropertySource("testSmtpPort",
					Map.of("spring.mail.port", port(), "spring.mail.host", "127.0.0.1")));
	}
}
