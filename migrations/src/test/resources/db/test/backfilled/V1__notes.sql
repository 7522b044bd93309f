-- phase: expand
-- A table with rows written before the expand, and the progress table the backfills record themselves in
-- (shipped as V7).
set lock_timeout = '5s';

create table backfill_progress (
    name         text        primary key,
    last_key     bigint,
    rows_done    bigint      not null default 0,
    rows_updated bigint      not null default 0,
    started_at   timestamptz not null,
    updated_at   timestamptz not null,
    finished_at  timestamptz
);
create table notes (id bigint generated always as identity primary key, body text not null);
insert into notes (body) select 'note ' || n from generate_series(1, 2500) n;
