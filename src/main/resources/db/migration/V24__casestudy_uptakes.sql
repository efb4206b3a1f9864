-- Owned by casestudy: the cities that replicated or adapted a published case after a cooperation, as announced by
-- PracticeTakenUp. One row per cooperation, so an announcement repeated replaces its row. Names and country are kept
-- as announced, so the case page reads no other module's tables; place_key says which uptakes are the same city
-- (the city's id, else its name in its country, else the organisation), so a city counts once.
CREATE TABLE case_uptake
(
  cooperation_id    BIGINT PRIMARY KEY,
  case_id           BIGINT       NOT NULL REFERENCES case_study (id) ON DELETE CASCADE,
  organisation_id   BIGINT       NOT NULL,
  organisation_name VARCHAR(200) NOT NULL,
  city_id           BIGINT,
  city_name         VARCHAR(120),
  country_code      VARCHAR(2)   NOT NULL,
  place_key         VARCHAR(200) NOT NULL,
  uptake            VARCHAR(20)  NOT NULL,
  adapted_case_id   BIGINT REFERENCES case_study (id) ON DELETE SET NULL,
  closed_on         DATE
);
CREATE INDEX case_uptake_case ON case_uptake (case_id, place_key);
CREATE INDEX case_uptake_adapted ON case_uptake (adapted_case_id) WHERE adapted_case_id IS NOT NULL;
