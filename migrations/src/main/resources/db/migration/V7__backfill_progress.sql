-- phase: expand
-- Where each batched backfill (dev.taskchat.migrations.backfill) has got to: the last key of its last
-- committed batch, so that an interrupted run resumes there and a finished one does nothing again.
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
