package org.urbansdg.sdg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.urbansdg.sdg.SdgTexts.Text;

/**
 * Imports the texts of one language from Open SDG translation files ({@code global_goals.yml},
 * {@code global_targets.yml}, {@code global_indicators.yml}; see open-sdg/sdg-translations). Everything is checked
 * before anything is written, and the writing is one transaction: a bad file changes nothing.
 * <p>
 * English defines the catalogue: its import also creates goals, targets and indicators not yet known, so it must
 * describe all of them. Other languages may only name what the catalogue has, may leave out whole files (those texts
 * stay as they were) and fall back to English wherever they are silent.
 */
@Service
class OpenSdgImport {

	static final String GOALS_FILE = "global_goals.yml";

	static final String TARGETS_FILE = "global_targets.yml";

	static final String INDICATORS_FILE = "global_indicators.yml";

	static final String GOAL_COLOURS = "classpath:sdg/goal-colours.yml";

	// No leading zeros, so that two keys can never name the same thing. Only "-title" below goal level: the files
	// have no other texts for targets and indicators, and a key this module would not show is a mistake worth seeing.
	private static final Pattern GOAL_KEY = Pattern.compile("([1-9][0-9]?)-(short|title)");

	private static final Pattern TARGET_KEY = Pattern.compile("([1-9][0-9]?)-([1-9][0-9]?|[a-z])-title");

	private static final Pattern INDICATOR_KEY = Pattern
		.compile("([1-9][0-9]?)-([1-9][0-9]?|[a-z])-([1-9][0-9]?)-title");

	/** Serialises imports across nodes and threads (two nodes starting on an empty database both load English). */
	private static final long IMPORT_LOCK = 0x5d6_1a5eL;

	private final GoalRepository goals;

	private final TargetRepository targets;

	private final IndicatorRepository indicators;

	private final SdgTexts texts;

	private final SdgCatalogue catalogue;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ResourceLoader resources;

	OpenSdgImport(GoalRepository goals, TargetRepository targets, IndicatorRepository indicators, SdgTexts texts,
			SdgCatalogue catalogue, EntityManager entityManager, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, ResourceLoader resources) {
		this.goals = goals;
		this.targets = targets;
		this.indicators = indicators;
		this.texts = texts;
		this.catalogue = catalogue;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.resources = resources;
	}

	/**
	 * Imports the files of one language from a folder, replacing that language's texts of each file found.
	 *
	 * @param language a language tag such as {@code ru}, {@code zh-Hans} or {@code nb_NO}
	 * @throws SdgImportException naming the file and key at fault; nothing was written
	 */
	public ImportResult importLanguage(Path folder, String language) {
		return importLanguage(name -> {
			Path file = folder.resolve(name);
			return new Source(file.toString(), Files.isRegularFile(file) ? () -> Files.newInputStream(file) : null);
		}, language);
	}

	/**
	 * Imports the files of one language from a resource folder such as {@code classpath:sdg/en}.
	 *
	 * @throws SdgImportException naming the file and key at fault; nothing was written
	 */
	public ImportResult importLanguage(String location, String language) {
		String folder = location.endsWith("/") ? location : location + "/";
		return importLanguage(name -> {
			Resource resource = resources.getResource(folder + name);
			return new Source(folder + name, resource.exists() ? resource::getInputStream : null);
		}, language);
	}

	private ImportResult importLanguage(Function<String, Source> folder, String requested) {
		String language = Languages.normalise(requested);
		if (language == null) {
			throw new SdgImportException(
					"'" + requested + "' is not a language tag (such as ko, zh-Hans or nb_NO)");
		}
		boolean english = language.equals(Languages.ENGLISH);
		Source goalFile = folder.apply(GOALS_FILE);
		Source targetFile = folder.apply(TARGETS_FILE);
		Source indicatorFile = folder.apply(INDICATORS_FILE);
		Map<String, String> goalEntries = read(goalFile, english);
		Map<String, String> targetEntries = read(targetFile, english);
		Map<String, String> indicatorEntries = read(indicatorFile, english);

		ImportResult result = transaction.execute(status -> {
			jdbc.execute("SELECT pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
			Catalogue known = new Catalogue(goals.findAll(), targets.findAll(), indicators.findAll());
			if (!english && known.goals().isEmpty()) {
				throw new SdgImportException(
						"Cannot import '" + language + "': the SDG catalogue is empty, import English first");
			}
			Plan plan = new Plan(language);
			if (goalEntries != null) {
				checkGoals(goalFile, goalEntries, english, plan);
			}
			if (targetEntries != null) {
				checkTargets(targetFile, targetEntries, english, known, plan);
			}
			if (indicatorEntries != null) {
				checkIndicators(indicatorFile, indicatorEntries, english, known, plan);
			}
			write(plan, known);
			return new ImportResult(plan.goals.size(), plan.targets.size(), plan.indicators.size());
		});
		catalogue.forgetTexts();
		return result;
	}

	private void checkGoals(Source file, Map<String, String> entries, boolean english, Plan plan) {
		plan.kinds.add(SdgTexts.GOAL_SHORT);
		plan.kinds.add(SdgTexts.GOAL_TITLE);
		entries.forEach((key, text) -> {
			Matcher matcher = matchKey(GOAL_KEY, file, "goal", key);
			int number = Integer.parseInt(matcher.group(1));
			if (number > Goal.COUNT) {
				throw failure(file, "unknown goal key '" + key + "'");
			}
			String kind = matcher.group(2).equals("short") ? SdgTexts.GOAL_SHORT : SdgTexts.GOAL_TITLE;
			plan.texts.add(new Text(kind, Integer.toString(number), plan.language, text));
			plan.goals.add(number);
		});
		if (english) {
			for (int number = 1; number <= Goal.COUNT; number++) {
				for (String key : List.of(number + "-short", number + "-title")) {
					if (!entries.containsKey(key)) {
						throw failure(file, "missing key '" + key + "' (English is every language's fallback)");
					}
				}
			}
		}
	}

	private void checkTargets(Source file, Map<String, String> entries, boolean english, Catalogue known, Plan plan) {
		plan.kinds.add(SdgTexts.TARGET);
		entries.forEach((key, text) -> {
			Matcher matcher = matchKey(TARGET_KEY, file, "target", key);
			String code = matcher.group(1) + "." + matcher.group(2);
			boolean allowed = english ? Integer.parseInt(matcher.group(1)) <= Goal.COUNT
					: known.targets().contains(code);
			if (!allowed) {
				throw failure(file, "unknown target key '" + key + "'");
			}
			plan.texts.add(new Text(SdgTexts.TARGET, code, plan.language, text));
			plan.targets.add(code);
		});
		if (english) {
			requireAll(file, known.targets(), plan.targets);
		}
	}

	private void checkIndicators(Source file, Map<String, String> entries, boolean english, Catalogue known,
			Plan plan) {
		plan.kinds.add(SdgTexts.INDICATOR);
		entries.forEach((key, text) -> {
			Matcher matcher = matchKey(INDICATOR_KEY, file, "indicator", key);
			String targetCode = matcher.group(1) + "." + matcher.group(2);
			String code = targetCode + "." + matcher.group(3);
			boolean allowed = english ? plan.targets.contains(targetCode) || known.targets().contains(targetCode)
					: known.indicators().contains(code);
			if (!allowed) {
				throw failure(file, "unknown indicator key '" + key + "'"
						+ (english ? " (no target " + targetCode + ")" : ""));
			}
			plan.texts.add(new Text(SdgTexts.INDICATOR, code, plan.language, text));
			plan.indicators.add(code);
		});
		if (english) {
			requireAll(file, known.indicators(), plan.indicators);
		}
	}

	/**
	 * English may add to the catalogue but not drop from it: case studies refer to targets, and every language falls
	 * back to English.
	 */
	private static void requireAll(Source file, Set<String> known, Set<String> imported) {
		known.stream()
			.filter(code -> !imported.contains(code))
			.sorted()
			.findFirst()
			.ifPresent(code -> {
				throw failure(file, "missing key '" + code.replace('.', '-') + "-title' (English is every language's "
						+ "fallback)");
			});
	}

	private void write(Plan plan, Catalogue known) {
		if (plan.language.equals(Languages.ENGLISH)) {
			Map<Integer, String> colours = null;
			for (int number : plan.goals) {
				if (!known.goals().contains(number)) {
					colours = colours == null ? goalColours() : colours;
					entityManager.persist(new Goal(number, colours.get(number)));
				}
			}
			// persist() rather than save(): the keys are assigned, and save() would look each one up first.
			plan.targets.stream().filter(code -> !known.targets().contains(code)).map(Target::of)
				.forEach(entityManager::persist);
			plan.indicators.stream().filter(code -> !known.indicators().contains(code)).map(Indicator::of)
				.forEach(entityManager::persist);
			entityManager.flush();
		}
		texts.replace(plan.language, plan.kinds, plan.texts);
	}

	private Map<Integer, String> goalColours() {
		Source source = new Source(GOAL_COLOURS, () -> resources.getResource(GOAL_COLOURS).getInputStream());
		Map<Integer, String> colours = new HashMap<>();
		read(source, true).forEach((number, colour) -> colours.put(Integer.valueOf(number), colour));
		return colours;
	}

	private static Matcher matchKey(Pattern pattern, Source file, String what, String key) {
		Matcher matcher = pattern.matcher(key);
		if (!matcher.matches()) {
			throw failure(file, "malformed " + what + " key '" + key + "'");
		}
		return matcher;
	}

	/**
	 * The file's keys and texts in file order; {@code null} for a missing file that may be missing. Every text is a
	 * non-blank string, trimmed and in Unicode NFC.
	 */
	private static Map<String, String> read(Source file, boolean required) {
		if (file.opener() == null) {
			if (required) {
				throw failure(file, "file is missing (English needs all three files)");
			}
			return null;
		}
		Object document;
		try (InputStream in = file.opener().open()) {
			document = textYaml().load(in);
		}
		catch (IOException ex) {
			throw new SdgImportException(file.name() + ": cannot be read: " + ex.getMessage(), ex);
		}
		catch (YAMLException ex) {
			throw new SdgImportException(file.name() + ": not valid YAML: " + ex.getMessage(), ex);
		}
		if (document == null) {
			return Map.of();
		}
		if (!(document instanceof Map<?, ?> map)) {
			throw failure(file, "expected lines of 'key: text'");
		}
		Map<String, String> entries = new LinkedHashMap<>();
		map.forEach((key, value) -> {
			if (!(key instanceof String name)) {
				throw failure(file, "malformed key '" + key + "'");
			}
			if (!(value instanceof String text)) {
				throw failure(file, "the value of key '" + name + "' is not a text");
			}
			if (text.isBlank()) {
				throw failure(file, "blank text for key '" + name + "'");
			}
			// Some translations write letters such as й as a base letter plus a combining mark; stored composed (NFC),
			// a text compares and searches the same however it was typed.
			entries.put(name, Normalizer.normalize(text.strip(), Normalizer.Form.NFC));
		});
		return entries;
	}

	/**
	 * A YAML reader that keeps every value as written: translations are text, so a title such as "No" or "2030" must
	 * not become a boolean or a number. Duplicate keys are refused rather than silently losing one of the texts.
	 */
	private static Yaml textYaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		DumperOptions dumperOptions = new DumperOptions();
		Resolver textOnly = new Resolver() {
			@Override
			protected void addImplicitResolvers() {
			}
		};
		return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options, textOnly);
	}

	private static SdgImportException failure(Source file, String problem) {
		return new SdgImportException(file.name() + ": " + problem);
	}

	private interface Opener {

		InputStream open() throws IOException;
	}

	/** @param opener {@code null} when the file does not exist */
	private record Source(String name, Opener opener) {
	}

	/** The codes the database already has. */
	private record Catalogue(Set<Integer> goals, Set<String> targets, Set<String> indicators) {

		Catalogue(List<Goal> goals, List<Target> targets, List<Indicator> indicators) {
			this(goals.stream().map(Goal::number).collect(Collectors.toSet()),
					targets.stream().map(Target::code).collect(Collectors.toSet()),
					indicators.stream().map(Indicator::code).collect(Collectors.toSet()));
		}
	}

	/** What one import will write, once every file has passed. */
	private static final class Plan {

		final String language;

		final Set<String> kinds = new LinkedHashSet<>();

		final List<Text> texts = new ArrayList<>();

		final Set<Integer> goals = new TreeSet<>();

		final Set<String> targets = new LinkedHashSet<>();

		final Set<String> indicators = new LinkedHashSet<>();

		Plan(String language) {
			this.language = language;
		}
	}
}
