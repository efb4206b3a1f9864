-- Rate-limit buckets that every application node shares (shared/RateLimits, Bucket4j's PostgreSQL integration).
-- id: the action, what is counted (client, account, email) and a SHA-256 of the address or account, never the text;
-- state: the bucket as Bucket4j serialises it; expires_at: epoch milliseconds when the bucket is full again (plus a
-- minute), after which the periodic clean-up deletes the row.
create table rate_limit_bucket (
    id varchar(160) primary key,
    state bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
