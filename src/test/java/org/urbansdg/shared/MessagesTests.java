package org.urbansdg.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interface text comes from the message bundles: every supported language has every key, every key a template
 * names exists, and templates hold no text of their own.
 */
class MessagesTests {

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final List<String> LANGUAGES = List.of("ko");

	/** Names that are the same in every language. */
	static final Set<String> PROPER_NAMES = Set.of("LinkedIn", "Facebook", "X");

	@Test
	void everyLanguageHasEveryKey() throws IOException {
		for (Path english : bundles()) {
			Set<String> keys = keys(english);
			for (String language : LANGUAGES) {
				Path translated = english.resolveSibling(english.getFileName().toString()
					.replace(".properties", "_" + language + ".properties"));
				assertThat(translated).as("translation file").exists();
				assertThat(keys(translated)).as(translated.toString()).containsExactlyInAnyOrderElementsOf(keys);
			}
		}
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (Path english : bundles()) {
			known.addAll(keys(english));
		}
		List<String> missing = new ArrayList<>();
		Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.]*)");
		for (Path template : templates()) {
			Matcher m = literal.matcher(Files.readString(template));
			while (m.find()) {
				if (!known.contains(m.group(1))) {
					missing.add(template + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoUntranslatedText() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			Document doc = Jsoup.parse(template.toFile(), "UTF-8");
			for (Element element : doc.getAllElements()) {
				if (replacedByThymeleaf(element)) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					String words = text.text().strip();
					if (words.chars().anyMatch(Character::isLetter) && !PROPER_NAMES.contains(words)) {
						found.add(template + ": <" + element.tagName() + "> " + words);
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (Set.of("alt", "title", "placeholder", "aria-label", "label").contains(attribute.getKey())
							&& attribute.getValue().chars().anyMatch(Character::isLetter)) {
						found.add(template + ": " + attribute.getKey() + "=" + attribute.getValue());
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	/** Text inside these is a design-time placeholder that Thymeleaf replaces. */
	private static boolean replacedByThymeleaf(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attribute : List.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors")) {
				if (e.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.filter(p -> p.getFileName().toString().matches("[a-z]+\\.properties")).sorted().toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Set<String> keys(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties.stringPropertyNames();
	}
}
