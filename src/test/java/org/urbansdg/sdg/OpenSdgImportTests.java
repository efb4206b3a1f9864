package org.urbansdg.sdg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.urbansdg.PlatformTest;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PlatformTest
class OpenSdgImportTests {

	/** open-sdg/sdg-translations, checked out next to the project (Maven runs tests in the project folder). */
	static final Path TRANSLATIONS = Path.of("..", "shared", "data", "sdg-translations");

	@Autowired
	OpenSdgImport importer;

	@Autowired
	SdgCatalogue catalogue;

	@Autowired
	SdgCatalogueLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path temp;

	@Test
	void importsRussian() {
		ImportResult result = importer.importLanguage(TRANSLATIONS.resolve("ru"), "ru");

		assertThat(result).isEqualTo(new ImportResult(17, 169, 252));
		Locale russian = Locale.forLanguageTag("ru");
		assertThat(catalogue.goalTitle(11, russian)).isEqualTo("Обеспечение открытости, безопасности, "
				+ "жизнестойкости и экологической устойчивости городов и населенных пунктов");
		assertThat(catalogue.goalShort(11, russian)).isEqualTo("Устойчивые города и населенные пункты");
		// The file spells й as и plus a combining breve; the catalogue keeps the composed letter.
		assertThat(catalogue.goalTitle(11, russian)).contains("\u0439").doesNotContain("\u0306");
		assertThat(catalogue.targetText("11.a", russian)).isNotEqualTo(catalogue.targetText("11.a", Locale.ENGLISH));
	}

	@Test
	void importsSimplifiedChineseUnderItsScriptTag() {
		ImportResult result = importer.importLanguage(TRANSLATIONS.resolve("zh-Hans"), "zh-Hans");

		assertThat(result).isEqualTo(new ImportResult(17, 169, 252));
		String title = "建设包容、安全、有抵御灾害能力和可持续的城市和人类住区";
		assertThat(catalogue.goalTitle(11, Locale.forLanguageTag("zh-Hans"))).isEqualTo(title);
		assertThat(catalogue.goalTitle(11, Locale.forLanguageTag("zh-Hans-CN"))).isEqualTo(title);
		// What browsers send: no script, a country.
		assertThat(catalogue.goalTitle(11, Locale.SIMPLIFIED_CHINESE)).isEqualTo(title);
		assertThat(catalogue.goalTitle(11, Locale.TRADITIONAL_CHINESE))
			.isEqualTo(catalogue.goalTitle(11, Locale.ENGLISH));
	}

	@Test
	void importsKhmer() {
		ImportResult result = importer.importLanguage(TRANSLATIONS.resolve("km"), "km");

		assertThat(result).isEqualTo(new ImportResult(17, 169, 252));
		assertThat(catalogue.goalTitle(11, Locale.forLanguageTag("km")))
			.isEqualTo("ធ្វើឱ្យទីក្រុងនិងការតាំងទីលំនៅរបស់មនុស្សរាប់បញ្ចូលទាំងសុវត្ថិភាពធន់និងនិរន្តរភាព");
	}

	@Test
	void importsALanguageThatTranslatesOnlySomeIndicators() {
		// The Catalan file lacks 8 of the 252 indicators; those show in English.
		assertThat(importer.importLanguage(TRANSLATIONS.resolve("ca"), "ca")).isEqualTo(new ImportResult(17, 169, 244));
		Locale catalan = Locale.forLanguageTag("ca");
		String english = catalogue.indicatorText("2.2.3", Locale.ENGLISH);
		assertThat(catalogue.indicatorText("2.2.3", catalan)).isEqualTo(english);
		assertThat(catalogue.indicatorText("2.2.1", catalan))
			.isNotEqualTo(catalogue.indicatorText("2.2.1", Locale.ENGLISH));
	}

	@Test
	void reimportingEnglishChangesNothing() {
		assertThat(importer.importLanguage(TRANSLATIONS.resolve("en"), "en")).isEqualTo(new ImportResult(17, 169, 252));
		assertThat(catalogue.goals()).hasSize(17);
		assertThat(catalogue.targets()).hasSize(169);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM sdg_indicator", Integer.class)).isEqualTo(252);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM sdg_text WHERE language = 'en'", Integer.class))
			.isEqualTo(34 + 169 + 252);
	}

	@Test
	void shippedEnglishCatalogueIsTheOpenSdgEnglishKeyByKey() throws IOException {
		for (String file : new String[] { OpenSdgImport.GOALS_FILE, OpenSdgImport.TARGETS_FILE,
				OpenSdgImport.INDICATORS_FILE }) {
			Map<String, Object> shipped;
			try (InputStream in = new ClassPathResource("sdg/en/" + file).getInputStream()) {
				shipped = new Yaml().load(in);
			}
			Map<String, Object> source;
			try (InputStream in = Files.newInputStream(TRANSLATIONS.resolve("en").resolve(file))) {
				source = new Yaml().load(in);
			}
			assertThat(shipped).as(file).isEqualTo(source);
		}
	}

	@Test
	void malformedKeyFailsNamingFileAndKeyAndWritesNothingOfThatLanguage() throws IOException {
		Path french = folder("fr", "11-short: Villes et communautés durables\n11-title: Des villes durables\n",
				"11-1-title: D'ici à 2030, assurer l'accès de tous à un logement\n11.2-title: Transports\n", null);

		assertThatThrownBy(() -> importer.importLanguage(french, "fr")).isInstanceOf(SdgImportException.class)
			.hasMessageContaining("global_targets.yml")
			.hasMessageContaining("'11.2-title'");
		assertThat(textsIn("fr")).isZero();
		assertThat(catalogue.goalShort(11, Locale.FRENCH)).isEqualTo("Sustainable cities and communities");
	}

	@Test
	void unknownTargetFailsNamingFileAndKey() throws IOException {
		Path spanish = folder("es", "11-short: Ciudades y comunidades sostenibles\n", "11-z-title: No existe\n", null);

		assertThatThrownBy(() -> importer.importLanguage(spanish, "es"))
			.hasMessageEndingWith("global_targets.yml: unknown target key '11-z-title'");
		assertThat(textsIn("es")).isZero();
	}

	@Test
	void unknownIndicatorFailsNamingFileAndKey() throws IOException {
		Path italian = folder("it", null, null, "11-a-1-title: Popolazione\n11-a-9-title: Non esiste\n");

		assertThatThrownBy(() -> importer.importLanguage(italian, "it"))
			.hasMessageEndingWith("global_indicators.yml: unknown indicator key '11-a-9-title'");
		assertThat(textsIn("it")).isZero();
	}

	@Test
	void goalEighteenFails() throws IOException {
		Path portuguese = folder("pt", "17-title: Parcerias\n18-title: Não existe\n", null, null);

		assertThatThrownBy(() -> importer.importLanguage(portuguese, "pt"))
			.hasMessageEndingWith("global_goals.yml: unknown goal key '18-title'");
		assertThat(textsIn("pt")).isZero();
	}

	@Test
	void keysOtherThanShortAndTitleFail() throws IOException {
		Path dutch = folder("nl", "11-short: Duurzame steden\n11-description: Iets anders\n", null, null);

		assertThatThrownBy(() -> importer.importLanguage(dutch, "nl"))
			.hasMessageEndingWith("global_goals.yml: malformed goal key '11-description'");
	}

	@Test
	void blankTextFails() throws IOException {
		Path polish = folder("pl", "11-short: Zrównoważone miasta\n11-title: \"  \"\n", null, null);

		assertThatThrownBy(() -> importer.importLanguage(polish, "pl"))
			.hasMessageEndingWith("global_goals.yml: blank text for key '11-title'");
		assertThat(textsIn("pl")).isZero();
	}

	@Test
	void emptyValueFails() throws IOException {
		Path swedish = folder("sv", "11-short:\n", null, null);

		assertThatThrownBy(() -> importer.importLanguage(swedish, "sv"))
			.hasMessageEndingWith("global_goals.yml: blank text for key '11-short'");
	}

	@Test
	void duplicateKeyFails() throws IOException {
		Path danish = folder("da", "11-short: Bæredygtige byer\n11-short: Bæredygtige byer og lokalsamfund\n", null,
				null);

		assertThatThrownBy(() -> importer.importLanguage(danish, "da")).isInstanceOf(SdgImportException.class)
			.hasMessageContaining("global_goals.yml")
			.hasMessageContaining("11-short");
	}

	@Test
	void textsThatLookLikeOtherYamlValuesStayText() throws IOException {
		Path norwegian = folder("nb_NO", "1-short: No\n2-short: 2030\n", null, null);

		assertThat(importer.importLanguage(norwegian, "nb_NO")).isEqualTo(new ImportResult(2, 0, 0));
		Locale bokmal = Locale.forLanguageTag("nb-NO");
		assertThat(catalogue.goalShort(1, bokmal)).isEqualTo("No");
		assertThat(catalogue.goalShort(2, bokmal)).isEqualTo("2030");
	}

	@Test
	void aLanguageMayLackFilesButEnglishMayNot() throws IOException {
		Path turkish = folder("tr", "11-short: Sürdürülebilir şehirler\n", null, null);
		assertThat(importer.importLanguage(turkish, "tr")).isEqualTo(new ImportResult(1, 0, 0));
		assertThat(catalogue.goalShort(11, Locale.forLanguageTag("tr"))).isEqualTo("Sürdürülebilir şehirler");

		Path english = folder("en", Files.readString(TRANSLATIONS.resolve("en").resolve(OpenSdgImport.GOALS_FILE)),
				null, null);
		assertThatThrownBy(() -> importer.importLanguage(english, "en"))
			.hasMessageContaining("global_targets.yml: file is missing");
	}

	@Test
	void englishMustKeepEveryGoal() throws IOException {
		Path english = Files.createDirectories(temp.resolve("en"));
		for (String file : new String[] { OpenSdgImport.TARGETS_FILE, OpenSdgImport.INDICATORS_FILE }) {
			Files.copy(TRANSLATIONS.resolve("en").resolve(file), english.resolve(file));
		}
		Files.writeString(english.resolve(OpenSdgImport.GOALS_FILE), "1-short: No poverty\n");

		assertThatThrownBy(() -> importer.importLanguage(english, "en"))
			.hasMessageContaining("global_goals.yml: missing key '1-title'");
		assertThat(catalogue.goalShort(2, Locale.ENGLISH)).isEqualTo("Zero hunger");
	}

	@Test
	void notALanguageTagFails() {
		assertThatThrownBy(() -> importer.importLanguage(temp, "not a language"))
			.isInstanceOf(SdgImportException.class)
			.hasMessageContaining("'not a language' is not a language tag");
	}

	@Test
	void startUpImportsEveryLanguageFolderAndStopsOnABadFile() throws IOException {
		Path dir = Files.createDirectories(temp.resolve("translations"));
		Files.createDirectories(dir.resolve("fi"));
		Files.writeString(dir.resolve("fi").resolve(OpenSdgImport.GOALS_FILE), "11-short: Kestävät kaupungit\n");
		Files.writeString(dir.resolve("LICENSE"), "not a language");

		loader.importFolder(dir);
		assertThat(catalogue.goalShort(11, Locale.forLanguageTag("fi"))).isEqualTo("Kestävät kaupungit");

		Files.createDirectories(dir.resolve("hu"));
		Files.writeString(dir.resolve("hu").resolve(OpenSdgImport.TARGETS_FILE), "11-z-title: Nincs ilyen\n");
		assertThatThrownBy(() -> loader.importFolder(dir))
			.hasMessageContaining("global_targets.yml: unknown target key '11-z-title'");
		assertThat(textsIn("hu")).isZero();
	}

	/** A language folder in the temporary directory with the given files; {@code null} leaves a file out. */
	private Path folder(String language, String goals, String targets, String indicators) throws IOException {
		Path folder = Files.createDirectories(temp.resolve(language));
		write(folder, OpenSdgImport.GOALS_FILE, goals);
		write(folder, OpenSdgImport.TARGETS_FILE, targets);
		write(folder, OpenSdgImport.INDICATORS_FILE, indicators);
		return folder;
	}

	private static void write(Path folder, String file, String content) throws IOException {
		if (content != null) {
			Files.writeString(folder.resolve(file), content);
		}
	}

	private int textsIn(String language) {
		return jdbc.queryForObject("SELECT count(*) FROM sdg_text WHERE language = ?", Integer.class, language);
	}
}
