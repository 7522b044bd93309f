-- phase: expand
-- Validates the checks V9 added NOT VALID, now that its backfill has filled every row. VALIDATE scans the
-- table holding SHARE UPDATE EXCLUSIVE, which lets reads and writes go on; that is why it runs in a script of
-- its own rather than in the transaction that added the constraints (which held ACCESS EXCLUSIVE).
-- Both releases keep working: the trigger fills priority_rank for the older one.
set lock_timeout = '5s';

alter table tasks validate constraint tasks_priority_rank_range;
alter table tasks validate constraint tasks_priority_rank_present;
