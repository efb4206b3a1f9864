package org.urbansdg.sdg;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbansdg.shared.DomainException;

/**
 * The SDG goals, targets and indicators, the themes, and their texts in the reader's language (else English). Texts
 * are kept in memory after the first use, as pages ask for dozens of them; an import replaces them.
 * <p>
 * In templates: {@code ${@sdgCatalogue.goalShort(3, #locale)}}.
 */
@Service
public class SdgCatalogue {

	private final GoalRepository goals;

	private final TargetRepository targets;

	private final IndicatorRepository indicators;

	private final ThemeRepository themes;

	private final SdgTexts texts;

	private final Object textsLock = new Object();

	private volatile Map<String, String> loadedTexts;

	SdgCatalogue(GoalRepository goals, TargetRepository targets, IndicatorRepository indicators,
			ThemeRepository themes, SdgTexts texts) {
		this.goals = goals;
		this.targets = targets;
		this.indicators = indicators;
		this.themes = themes;
		this.texts = texts;
	}

	/** All 17 goals, in order. */
	public List<Goal> goals() {
		return goals.findAllByOrderByNumber();
	}

	public Optional<Goal> goal(int number) {
		return goals.findById(number);
	}

	/** All targets, by goal, numbered targets before lettered ones (11.7, 11.a). */
	public List<Target> targets() {
		return targets.findAllByOrderByGoalNumberAscPositionAsc();
	}

	public List<Target> targetsOf(int goal) {
		return targets.findByGoalNumberOrderByPosition(goal);
	}

	public Optional<Target> target(String code) {
		return code == null ? Optional.empty() : targets.findById(code);
	}

	public List<Indicator> indicatorsOf(String targetCode) {
		return indicators.findByTargetCodeOrderByPosition(targetCode);
	}

	/** The themes offered for new case studies, in their display order. */
	public List<Theme> themes() {
		return themes.findByActiveTrueOrderByPosition();
	}

	/** All themes, offered or not, for the secretariat's taxonomy page. */
	public List<Theme> allThemes() {
		return themes.findAllByOrderByPosition();
	}

	/**
	 * Adds a theme at the end of the list.
	 * @throws DomainException {@code theme.exists} or {@code theme.badCode}
	 */
	@Transactional
	public Theme addTheme(String code, Map<String, String> names) {
		if (code == null || !code.matches("[a-z][a-z0-9-]{1,39}")) {
			throw new DomainException("theme.badCode");
		}
		if (themes.existsById(code)) {
			throw new DomainException("theme.exists", code);
		}
		if (names.getOrDefault("en", "").isBlank()) {
			throw new DomainException("theme.needsEnglishName");
		}
		checkNameLengths(names);
		int position = themes.findAllByOrderByPosition().stream().mapToInt(Theme::position).max().orElse(0) + 1;
		Theme theme = new Theme(code, position);
		theme.rename(names);
		return themes.save(theme);
	}

	private static void checkNameLengths(Map<String, String> names) {
		if (names.values().stream().anyMatch(n -> n != null && n.strip().length() > Theme.MAX_NAME)) {
			throw new DomainException("theme.nameTooLong", Theme.MAX_NAME);
		}
	}

	/** Renames a theme, or stops offering it for new cases (cases filed under it keep it). */
	@Transactional
	public void updateTheme(String code, Map<String, String> names, boolean active) {
		Theme theme = themes.findById(code).orElseThrow(() -> new DomainException("theme.unknown"));
		if (names.containsKey("en") && names.get("en").isBlank()) {
			throw new DomainException("theme.needsEnglishName");
		}
		checkNameLengths(names);
		theme.rename(names);
		theme.setActive(active);
	}

	/** Any theme, including one no longer offered, so that older case studies still show theirs. */
	public Optional<Theme> theme(String code) {
		return code == null ? Optional.empty() : themes.findById(code);
	}

	/** "Sustainable cities and communities" for 11. */
	public String goalShort(int goal, Locale locale) {
		return text(SdgTexts.GOAL_SHORT, Integer.toString(goal), locale);
	}

	/** "Make cities and human settlements inclusive, safe, resilient and sustainable" for 11. */
	public String goalTitle(int goal, Locale locale) {
		return text(SdgTexts.GOAL_TITLE, Integer.toString(goal), locale);
	}

	public String targetText(String code, Locale locale) {
		return text(SdgTexts.TARGET, code, locale);
	}

	public String indicatorText(String code, Locale locale) {
		return text(SdgTexts.INDICATOR, code, locale);
	}

	public String themeName(String code, Locale locale) {
		return text(SdgTexts.THEME, code, locale);
	}

	/** The text in the best language for this locale, else English; the code itself if even English has none. */
	private String text(String kind, String code, Locale locale) {
		Map<String, String> all = texts();
		for (String language : Languages.lookupOrder(locale)) {
			String text = all.get(SdgTexts.key(kind, code, language));
			if (text != null) {
				return text;
			}
		}
		return code;
	}

	private Map<String, String> texts() {
		Map<String, String> current = loadedTexts;
		if (current == null) {
			synchronized (textsLock) {
				current = loadedTexts;
				if (current == null) {
					current = Map.copyOf(texts.all());
					loadedTexts = current;
				}
			}
		}
		return current;
	}

	/**
	 * Called after an import has committed. Under the lock, so that a load that read the old texts cannot store them
	 * after this.
	 */
	void forgetTexts() {
		synchronized (textsLock) {
			loadedTexts = null;
		}
	}
}
