-- phase: expand
-- fails unless the backfill declared by V2 filled every row
set lock_timeout = '5s';

alter table notes validate constraint notes_upper_body_present;
