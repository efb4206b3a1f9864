package org.urbansdg.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interface text comes from the message bundles: every configured language ({@code urbansdg.web.locales}) has every
 * key, every key a template names exists, and templates hold no text of their own.
 */
class MessagesTests {

	static final Path MESSAGES = Path.of("src/main/resources/messages");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");

	/** The language of the bundles without a suffix ({@code shared.properties}), which Spring falls back to. */
	static final Locale BASE_LANGUAGE = Locale.ENGLISH;

	/** Every configured language but the base one, each needing a {@code _<tag>} file beside every bundle. */
	static final List<Locale> LANGUAGES = configuredLocales().stream()
		.filter(l -> !l.getLanguage().equals(BASE_LANGUAGE.getLanguage()))
		.toList();

	/** Names that are the same in every language. */
	static final Set<String> PROPER_NAMES = Set.of("LinkedIn", "Facebook", "X");

	/**
	 * {@code urbansdg.web.locales} as the application binds it (application.properties, else the default that
	 * {@link WebSettings} declares), read without starting the application.
	 */
	static List<Locale> configuredLocales() {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(APPLICATION_PROPERTIES)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("urbansdg.web", WebSettings.class)
			.locales();
	}

	@Test
	void theConfiguredLanguagesAreRead() {
		assertThat(configuredLocales()).first().isEqualTo(Locale.ENGLISH);
		assertThat(LANGUAGES).contains(Locale.KOREAN).doesNotContain(Locale.ENGLISH);
	}

	@Test
	void everyLanguageHasEveryKey() throws IOException {
		for (Path english : bundles()) {
			Set<String> keys = keys(english);
			for (Locale language : LANGUAGES) {
				Path translated = english.resolveSibling(english.getFileName().toString()
					.replace(".properties", "_" + bundleSuffix(language) + ".properties"));
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

	/** Language choices list the configured languages ({@code shared/form :: language}), never languages of their own. */
	@Test
	void templatesOfferNoLanguagesOfTheirOwn() throws IOException {
		Set<String> languages = Set.of(Locale.getISOLanguages());
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			for (Element option : Jsoup.parse(template.toFile(), "UTF-8").select("option[value]")) {
				if (languages.contains(option.attr("value"))) {
					found.add(template + ": " + option);
				}
			}
		}
		assertThat(found).isEmpty();
	}

	/** As ResourceBundle names a locale's file: {@code ko}, {@code zh_Hans}, {@code pt_BR}. */
	static String bundleSuffix(Locale locale) {
		return String.join("_", java.util.stream.Stream.of(locale.getLanguage(), locale.getScript(), locale.getCountry())
			.filter(part -> !part.isEmpty())
			.toList());
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
