-- Hibernate Search outbox-polling coordination (urbansdg.search.coordination=outbox-polling, the default on the
-- OpenSearch backend): each change to an indexed entity is written as an event in the same transaction, and the
-- event processors of the application nodes, which register themselves as agents, take them in turns and index them.
-- The DDL is what Hibernate Search 8.2 maps for PostgreSQL (its default table names); Hibernate ORM validates it on
-- start when the coordination is on. With the default Lucene backend these tables stay empty.
CREATE TABLE hsearch_agent
(
  id                   UUID                     NOT NULL PRIMARY KEY,
  type                 VARCHAR(255)             NOT NULL
    CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
  name                 VARCHAR(255)             NOT NULL,
  expiration           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  state                VARCHAR(255)             NOT NULL CHECK (state IN ('RUNNING', 'WAITING', 'SUSPENDED')),
  total_shard_count    INTEGER,
  assigned_shard_index INTEGER,
  tenant_id            VARCHAR(255),
  payload              BYTEA
);

CREATE TABLE hsearch_outbox_event
(
  id             UUID                     NOT NULL PRIMARY KEY,
  entity_name    VARCHAR(256)             NOT NULL,
  entity_id      VARCHAR(256)             NOT NULL,
  entity_id_hash INTEGER                  NOT NULL,
  payload        BYTEA                    NOT NULL,
  retries        INTEGER                  NOT NULL,
  process_after  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  status         VARCHAR(255)             NOT NULL CHECK (status IN ('PENDING', 'ABORTED')),
  tenant_id      VARCHAR(255)
);

CREATE INDEX processafter ON hsearch_outbox_event (process_after);
