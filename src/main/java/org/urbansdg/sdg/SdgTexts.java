package org.urbansdg.sdg;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The texts of goals, targets and indicators per language. Plain rows rather than entities: they are only ever read
 * all at once into {@link SdgCatalogue}'s memory and replaced a language at a time by {@link OpenSdgImport}.
 */
@Repository
class SdgTexts {

	static final String GOAL_SHORT = "goal-short";

	static final String GOAL_TITLE = "goal-title";

	static final String TARGET = "target";

	static final String INDICATOR = "indicator";

	/** Theme names share the in-memory lookup; they are stored with their theme. */
	static final String THEME = "theme";

	/** @param code {@code 11} for goals, {@code 11.a} for targets, {@code 11.a.1} for indicators */
	record Text(String kind, String code, String language, String text) {
	}

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	SdgTexts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** Every text, theme names included, keyed by {@link #key(String, String, String)}. */
	Map<String, String> all() {
		Map<String, String> texts = new HashMap<>();
		jdbc.query("SELECT kind, code, language, text FROM sdg_text",
				row -> { texts.put(key(row.getString(1), row.getString(2), row.getString(3)), row.getString(4)); });
		jdbc.query("SELECT theme_code, language, name FROM theme_name",
				row -> { texts.put(key(THEME, row.getString(1), row.getString(2)), row.getString(3)); });
		return texts;
	}

	/** The languages that have any goal, target or indicator text. */
	Set<String> languages() {
		return new HashSet<>(jdbc.queryForList("SELECT DISTINCT language FROM sdg_text", String.class));
	}

	static String key(String kind, String code, String language) {
		return kind + ' ' + code + ' ' + language;
	}

	/** Replaces the texts of these kinds in this language; kinds not named keep their texts. */
	void replace(String language, Collection<String> kinds, List<Text> texts) {
		if (kinds.isEmpty()) {
			return;
		}
		named.update("DELETE FROM sdg_text WHERE language = :language AND kind IN (:kinds)",
				new MapSqlParameterSource("language", language).addValue("kinds", kinds));
		jdbc.batchUpdate("INSERT INTO sdg_text (kind, code, language, text) VALUES (?, ?, ?, ?)", texts, 500,
				(statement, text) -> {
					statement.setString(1, text.kind());
					statement.setString(2, text.code());
					statement.setString(3, text.language());
					statement.setString(4, text.text());
				});
	}
}
