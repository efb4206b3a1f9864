-- How often each case's public page was viewed: one view per visitor session, bots left out. Nothing about the
-- visitor is stored. indexed_views is the count the search index holds for "most viewed", refreshed in batches.
create table case_study_views (
    case_study_id bigint primary key references case_study (id) on delete cascade,
    views         bigint not null default 0,
    indexed_views bigint not null default 0
);
create index case_study_views_stale on case_study_views (case_study_id) where views <> indexed_views;
