-- phase: expand
-- backfill: notes-upper
set lock_timeout = '5s';

alter table notes add column upper_body text;
alter table notes add constraint notes_upper_body_present check (upper_body is not null) not valid;
