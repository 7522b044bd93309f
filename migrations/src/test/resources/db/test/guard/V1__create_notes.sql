-- phase: expand
-- A small expand/contract history for the contract guard tests: V4 drops a column that apps needing a schema
-- below 3 still read; V3 and V5 are expands around it.
set lock_timeout = '5s';
create table notes (
    id       bigint generated always as identity primary key,
    old_body text
);
