package org.urbansdg.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The demo content files ({@code demo/demo-content.yml}, {@code demo/news-and-events.yml}, {@code demo/learning.yml},
 * {@code demo/training.yml}, {@code demo/challenges.yml}, {@code demo/cooperation.yml}), which each module's demo
 * loader reads its part of. Exists only with the {@code demo} profile, so production never loads it.
 */
@Component
@Profile("demo")
public class DemoContent {

	/** @param password the password of every demo account (documented in the README; demo only) */
	@ConfigurationProperties("urbansdg.demo")
	public record Settings(@DefaultValue("demo-password-2026") String password) {
	}

	/** Each file holds top-level sections; a feature module may keep its demo content in a file of its own. */
	static final List<String> FILES = List.of("demo/demo-content.yml", "demo/news-and-events.yml", "demo/learning.yml",
			"demo/training.yml", "demo/challenges.yml", "demo/cooperation.yml");

	private final Map<String, Object> content;

	private final Settings settings;

	DemoContent(Settings settings) {
		this.settings = settings;
		this.content = new java.util.HashMap<>();
		for (String file : FILES) {
			try (InputStream in = new ClassPathResource(file).getInputStream()) {
				Map<String, Object> sections = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
				content.putAll(sections);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> section(String name) {
		return (List<Map<String, Object>>) content.getOrDefault(name, List.of());
	}

	public String password() {
		return settings.password();
	}
}
