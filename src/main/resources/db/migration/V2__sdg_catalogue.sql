-- The SDG catalogue (goals, targets, indicators and their texts per language) and the platform's themes.
-- Goals, targets and indicators are not inserted here: the application loads them from its shipped English
-- Open SDG files (sdg/en), so that the same importer serves the first start and later translation imports.

CREATE TABLE sdg_goal
(
  number INT PRIMARY KEY,
  colour CHAR(7) NOT NULL
);

CREATE TABLE sdg_target
(
  code        VARCHAR(8) PRIMARY KEY,
  goal_number INT NOT NULL REFERENCES sdg_goal,
  position    INT NOT NULL
);
CREATE INDEX sdg_target_goal_idx ON sdg_target (goal_number, position);

CREATE TABLE sdg_indicator
(
  code        VARCHAR(16) PRIMARY KEY,
  target_code VARCHAR(8) NOT NULL REFERENCES sdg_target,
  position    INT NOT NULL
);
CREATE INDEX sdg_indicator_target_idx ON sdg_indicator (target_code, position);

-- One text per thing and language; code is '11' for goals, '11.a' for targets, '11.a.1' for indicators.
CREATE TABLE sdg_text
(
  kind     VARCHAR(16) NOT NULL CHECK (kind IN ('goal-short', 'goal-title', 'target', 'indicator')),
  code     VARCHAR(16) NOT NULL,
  language VARCHAR(16) NOT NULL,
  text     TEXT        NOT NULL,
  PRIMARY KEY (kind, code, language)
);

CREATE TABLE theme
(
  code     VARCHAR(40) PRIMARY KEY,
  position INT     NOT NULL,
  active   BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE theme_name
(
  theme_code VARCHAR(40) REFERENCES theme,
  language   VARCHAR(16),
  name       VARCHAR(120) NOT NULL,
  PRIMARY KEY (theme_code, language)
);

-- Reference data every installation needs: case studies are filed under these themes.
INSERT INTO theme (code, position) VALUES
  ('urban-planning', 1),
  ('climate-environment', 2),
  ('disaster-resilience', 3),
  ('mobility', 4),
  ('water-sanitation', 5),
  ('waste', 6),
  ('housing', 7),
  ('health', 8),
  ('social-inclusion', 9),
  ('governance-finance', 10),
  ('digital-smart-city', 11),
  ('economic-development', 12),
  ('culture-tourism', 13),
  ('education', 14);

INSERT INTO theme_name (theme_code, language, name) VALUES
  ('urban-planning', 'en', 'Urban planning and land use'),
  ('urban-planning', 'ko', '도시계획·토지이용'),
  ('climate-environment', 'en', 'Climate and environment'),
  ('climate-environment', 'ko', '기후·환경'),
  ('disaster-resilience', 'en', 'Disaster risk and resilience'),
  ('disaster-resilience', 'ko', '재난 안전·회복력'),
  ('mobility', 'en', 'Mobility and transport'),
  ('mobility', 'ko', '교통·모빌리티'),
  ('water-sanitation', 'en', 'Water and sanitation'),
  ('water-sanitation', 'ko', '물·위생'),
  ('waste', 'en', 'Waste and circular economy'),
  ('waste', 'ko', '폐기물·자원순환'),
  ('housing', 'en', 'Housing'),
  ('housing', 'ko', '주거'),
  ('health', 'en', 'Health and well-being'),
  ('health', 'ko', '보건·복지'),
  ('social-inclusion', 'en', 'Social inclusion'),
  ('social-inclusion', 'ko', '사회통합·포용'),
  ('governance-finance', 'en', 'Governance and finance'),
  ('governance-finance', 'ko', '거버넌스·재정'),
  ('digital-smart-city', 'en', 'Digital and smart city'),
  ('digital-smart-city', 'ko', '디지털·스마트시티'),
  ('economic-development', 'en', 'Local economic development'),
  ('economic-development', 'ko', '지역경제 발전'),
  ('culture-tourism', 'en', 'Culture and tourism'),
  ('culture-tourism', 'ko', '문화·관광'),
  ('education', 'en', 'Education and capacity building'),
  ('education', 'ko', '교육·역량강화');
