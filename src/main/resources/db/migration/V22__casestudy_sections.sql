-- The written sections of a case (background, objectives, ... lessons; CaseSection) move from a column each into one
-- row each, keyed by the section's key, so that a new section needs no new column. Texts and their history move as
-- they are; the old columns go.

CREATE TABLE case_study_section
(
  case_study_id BIGINT      NOT NULL REFERENCES case_study (id) ON DELETE CASCADE,
  section_key   VARCHAR(40) NOT NULL,
  text          TEXT        NOT NULL,
  PRIMARY KEY (case_study_id, section_key)
);

INSERT INTO case_study_section (case_study_id, section_key, text)
SELECT c.id, s.section_key, s.text
FROM case_study c
CROSS JOIN LATERAL (VALUES ('background', c.background), ('objectives', c.objectives), ('strategy', c.strategy),
                           ('stakeholders', c.stakeholders), ('fundingSources', c.funding_sources),
                           ('staffing', c.staffing), ('results', c.results), ('obstacles', c.obstacles),
                           ('successFactors', c.success_factors), ('lessons', c.lessons)) AS s (section_key, text)
WHERE s.text IS NOT NULL;

-- Envers records a collection by its changes: a row when a section gets a text (revtype 0), and one for the old text
-- when it loses or changes it (revtype 2). Envers identifies a row by all its columns, the text too, which is too
-- long for an index key: the table has no primary key, and rows are found by case and revision.
CREATE TABLE case_study_section_aud
(
  rev           BIGINT      NOT NULL REFERENCES revision (id),
  revtype       SMALLINT    NOT NULL,
  case_study_id BIGINT      NOT NULL,
  section_key   VARCHAR(40) NOT NULL,
  text          TEXT        NOT NULL
);
CREATE INDEX case_study_section_aud_case_idx ON case_study_section_aud (case_study_id, rev);

-- The history as Envers would have written it: each revision of a case against the one before.
WITH texts AS (
  SELECT a.id, a.rev, s.section_key, s.text,
         lag(s.text) OVER (PARTITION BY a.id, s.section_key ORDER BY a.rev) AS before
  FROM case_study_aud a
  CROSS JOIN LATERAL (VALUES ('background', a.background), ('objectives', a.objectives), ('strategy', a.strategy),
                             ('stakeholders', a.stakeholders), ('fundingSources', a.funding_sources),
                             ('staffing', a.staffing), ('results', a.results), ('obstacles', a.obstacles),
                             ('successFactors', a.success_factors), ('lessons', a.lessons)) AS s (section_key, text)
)
INSERT INTO case_study_section_aud (rev, revtype, case_study_id, section_key, text)
SELECT rev, 2, id, section_key, before FROM texts WHERE before IS NOT NULL AND before IS DISTINCT FROM text
UNION ALL
SELECT rev, 0, id, section_key, text FROM texts WHERE text IS NOT NULL AND text IS DISTINCT FROM before;

ALTER TABLE case_study
  DROP COLUMN background, DROP COLUMN objectives, DROP COLUMN strategy, DROP COLUMN stakeholders,
  DROP COLUMN funding_sources, DROP COLUMN staffing, DROP COLUMN results, DROP COLUMN obstacles,
  DROP COLUMN success_factors, DROP COLUMN lessons;

ALTER TABLE case_study_aud
  DROP COLUMN background, DROP COLUMN objectives, DROP COLUMN strategy, DROP COLUMN stakeholders,
  DROP COLUMN funding_sources, DROP COLUMN staffing, DROP COLUMN results, DROP COLUMN obstacles,
  DROP COLUMN success_factors, DROP COLUMN lessons;
