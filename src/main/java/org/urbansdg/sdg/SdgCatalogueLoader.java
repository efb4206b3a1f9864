package org.urbansdg.sdg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.urbansdg.shared.Locales;

/**
 * Fills an empty catalogue from the shipped English files, then loads the shipped texts ({@code sdg/<tag>}, Open SDG
 * format) of each other language offered ({@code urbansdg.web.locales}) that has none in the database yet, so a
 * language added later gets its texts on the next start; then imports the translations in
 * {@code urbansdg.sdg.import-dir} if set. A bad file stops the start with the importer's message.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before anything that files content under targets, such as demo content
class SdgCatalogueLoader implements ApplicationRunner {

	/** The shipped texts of a language: {@code classpath:sdg/en}, {@code classpath:sdg/ko}. */
	static final String SHIPPED = "classpath:sdg/";

	private static final Logger log = LoggerFactory.getLogger(SdgCatalogueLoader.class);

	private final GoalRepository goals;

	private final OpenSdgImport importer;

	private final SdgSettings settings;

	private final Locales locales;

	private final SdgTexts texts;

	private final ResourceLoader resources;

	SdgCatalogueLoader(GoalRepository goals, OpenSdgImport importer, SdgSettings settings, Locales locales,
			SdgTexts texts, ResourceLoader resources) {
		this.goals = goals;
		this.importer = importer;
		this.settings = settings;
		this.locales = locales;
		this.texts = texts;
		this.resources = resources;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (goals.count() == 0) {
			load(Languages.ENGLISH);
		}
		Set<String> present = texts.languages();
		for (String language : shippedLanguages()) {
			if (!language.equals(Languages.ENGLISH) && !present.contains(language)) {
				load(language);
			}
		}
		if (settings.importDir() != null) {
			importFolder(settings.importDir());
		}
	}

	/** The languages offered that the platform ships SDG texts for, English always and first. */
	List<String> shippedLanguages() {
		Set<String> languages = new LinkedHashSet<>();
		languages.add(Languages.ENGLISH);
		for (Locale locale : locales.offered()) {
			String language = Languages.normalise(locale.toLanguageTag());
			if (language != null && shipped(language)) {
				languages.add(language);
			}
		}
		return List.copyOf(languages);
	}

	private boolean shipped(String language) {
		return Stream.of(OpenSdgImport.GOALS_FILE, OpenSdgImport.TARGETS_FILE, OpenSdgImport.INDICATORS_FILE)
			.anyMatch(file -> resources.getResource(SHIPPED + language + "/" + file).exists());
	}

	private void load(String language) {
		log(importer.importLanguage(SHIPPED + language, language), language, SHIPPED + language);
	}

	/** Imports every sub-folder as the language it is named after, English first as it may extend the catalogue. */
	void importFolder(Path dir) {
		if (!Files.isDirectory(dir)) {
			throw new SdgImportException("urbansdg.sdg.import-dir: " + dir.toAbsolutePath() + " is not a folder");
		}
		List<Path> languages;
		try (Stream<Path> children = Files.list(dir)) {
			languages = children.filter(Files::isDirectory)
				.filter(folder -> !folder.getFileName().toString().startsWith("."))
				.sorted(Comparator.comparing((Path folder) -> !folder.getFileName().toString().equals("en"))
					.thenComparing(folder -> folder.getFileName().toString()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + dir, ex);
		}
		for (Path folder : languages) {
			String language = folder.getFileName().toString();
			log(importer.importLanguage(folder, language), language, folder.toString());
		}
	}

	private static void log(ImportResult result, String language, String source) {
		log.info("SDG texts '{}' imported from {}: {} goals, {} targets, {} indicators", language, source,
				result.goals(), result.targets(), result.indicators());
	}
}
