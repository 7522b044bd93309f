-- phase: contract
-- breaks-schema-needs-below: 10
-- Ends the priority change: the application reads and writes only priority_rank (since schema 10), so the
-- text column and the trigger that kept it in step go. An instance that needs a schema below 10 still maps
-- the priority column: the contract guard holds this script back while one is alive.
set lock_timeout = '5s';

-- the validated check (V10) proves the column has no nulls: SET NOT NULL skips its scan
alter table tasks alter column priority_rank set not null;
alter table tasks drop constraint tasks_priority_rank_present;
alter table tasks alter column priority_rank set default 0;

drop trigger tasks_priority_dual_write on tasks;
drop function tasks_priority_dual_write();
alter table tasks drop column priority;
