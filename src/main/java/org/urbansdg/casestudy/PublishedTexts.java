package org.urbansdg.casestudy;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The short texts and targets of all published cases, read row by row for models that learn from them (the target
 * suggester). Plain SQL with a cursor rather than entities, so 100,000 cases never sit in the persistence context.
 */
@Repository
class PublishedTexts {

	/** The suggester learns from the objectives, besides the title and summary. */
	private static final String QUERY = """
			SELECT c.id, c.language, c.title, c.summary,
			       (SELECT s.text FROM case_study_section s WHERE s.case_study_id = c.id AND s.section_key = '%s'),
			       c.primary_target_code, string_agg(t.target_code, ',') AS targets
			FROM case_study c LEFT JOIN case_study_target t ON t.case_study_id = c.id
			WHERE c.status = 'PUBLISHED'
			GROUP BY c.id""".formatted(CaseSection.OBJECTIVES.key());

	private final JdbcTemplate jdbc;

	PublishedTexts(JdbcTemplate jdbc) {
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		this.jdbc.setFetchSize(500);
	}

	/** Must run inside a transaction, so that PostgreSQL streams the rows through a cursor. */
	void forEach(Consumer<CaseStudies.TargetedText> each) {
		jdbc.query(QUERY, row -> {
			String primary = row.getString(6);
			Set<String> others = new LinkedHashSet<>();
			String joined = row.getString(7);
			if (joined != null) {
				others.addAll(Arrays.asList(joined.split(",")));
			}
			others.remove(primary);
			each.accept(new CaseStudies.TargetedText(row.getLong(1), row.getString(2), row.getString(3),
					row.getString(4), row.getString(5) == null ? "" : row.getString(5), primary, List.copyOf(others)));
		});
	}
}
