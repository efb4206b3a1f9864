package org.urbansdg.sdg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty catalogue from the shipped English files (plus the shipped Korean goal texts), then imports the
 * translations in {@code urbansdg.sdg.import-dir} if set. A bad file stops the start with the importer's message.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before anything that files content under targets, such as demo content
class SdgCatalogueLoader implements ApplicationRunner {

	static final String SHIPPED_ENGLISH = "classpath:sdg/en";

	static final String SHIPPED_KOREAN = "classpath:sdg/ko";

	private static final Logger log = LoggerFactory.getLogger(SdgCatalogueLoader.class);

	private final GoalRepository goals;

	private final OpenSdgImport importer;

	private final SdgSettings settings;

	SdgCatalogueLoader(GoalRepository goals, OpenSdgImport importer, SdgSettings settings) {
		this.goals = goals;
		this.importer = importer;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (goals.count() == 0) {
			log(importer.importLanguage(SHIPPED_ENGLISH, "en"), "en", SHIPPED_ENGLISH);
			log(importer.importLanguage(SHIPPED_KOREAN, "ko"), "ko", SHIPPED_KOREAN);
		}
		if (settings.importDir() != null) {
			importFolder(settings.importDir());
		}
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
