-- Views are counted once per client network, case and day (casestudy/CaseViews) without storing the address: each
-- day has a random secret, shared here by every node, and a view leaves only HMAC-SHA256(secret, day|case|network).
-- Rows and secrets of past days are deleted, after which no digest can be tested against any address.
CREATE TABLE case_view_key (
    day    DATE PRIMARY KEY,
    secret BYTEA NOT NULL
);

CREATE TABLE case_view_seen (
    day    DATE  NOT NULL,
    digest BYTEA NOT NULL,
    PRIMARY KEY (day, digest)
);
