-- phase: expand
-- backfill: tasks_reminder_sent_at
-- tasks.reminded_at becomes tasks.reminder_sent_at. Beside remind_at ("when to remind") the old name was one
-- letter away from a different meaning; the new one says what it holds: when the reminder was delivered.
--
-- Expand: the new column beside the old one, and a trigger that keeps them in step while the release that
-- writes reminded_at and the one that writes reminder_sent_at run side by side: a write that sets the new
-- column (an insert with it, or an update that changes it) is copied to the old one, any other write copies
-- the old one to the new. migrate then runs the backfill tasks_reminder_sent_at over the older rows. The
-- contract V13 drops reminded_at and the trigger once no instance of the older release is alive.
set lock_timeout = '5s';

alter table tasks add column reminder_sent_at timestamptz;

create or replace function tasks_reminder_sent_at_dual_write() returns trigger
    language plpgsql as $$
begin
    if (tg_op = 'INSERT' and new.reminder_sent_at is not null)
            or (tg_op = 'UPDATE' and new.reminder_sent_at is distinct from old.reminder_sent_at) then
        new.reminded_at := new.reminder_sent_at;
    else
        new.reminder_sent_at := new.reminded_at;
    end if;
    return new;
end
$$;

create trigger tasks_reminder_sent_at_dual_write
    before insert or update on tasks
    for each row execute function tasks_reminder_sent_at_dual_write();
