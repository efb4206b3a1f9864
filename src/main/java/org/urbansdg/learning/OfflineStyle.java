package org.urbansdg.learning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The small stylesheet written into offline course files, read once from the classpath. */
@Component
class OfflineStyle {

	private final String css;

	OfflineStyle() {
		try (InputStream in = new ClassPathResource("learning/offline.css").getInputStream()) {
			css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String css() {
		return css;
	}
}
