-- phase: expand
-- transactional: false
-- CREATE INDEX CONCURRENTLY refuses to run in a transaction block: this script runs outside one.
set lock_timeout = '5s';

create index concurrently if not exists notes_body_idx on notes (body);
