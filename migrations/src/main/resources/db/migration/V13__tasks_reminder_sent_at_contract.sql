-- phase: contract
-- breaks-schema-needs-below: 12
-- Ends the rename of reminded_at: the application reads and writes only reminder_sent_at (since schema 12),
-- so the old column and the trigger that kept it in step go. An instance that needs a schema below 12 still
-- maps reminded_at: the contract guard holds this script back while one is alive.
set lock_timeout = '5s';

drop trigger tasks_reminder_sent_at_dual_write on tasks;
drop function tasks_reminder_sent_at_dual_write();
alter table tasks drop column reminded_at;
