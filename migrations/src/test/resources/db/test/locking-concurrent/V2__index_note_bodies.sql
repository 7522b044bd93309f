-- phase: expand
-- transactional: false
set lock_timeout = '200ms';

create index concurrently if not exists notes_body_idx on notes (body);
