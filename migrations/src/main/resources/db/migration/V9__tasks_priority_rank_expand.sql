-- phase: expand
-- backfill: tasks_priority_rank
-- Priority becomes a number: priority_rank 0 (none) … 4 (urgent) replaces the free-form priority text, so the
-- list sorts by a column instead of a CASE expression and the range is one integer check.
--
-- Expand: the new column beside the old one, and a trigger that keeps the two in step while releases that
-- write either shape run side by side. The release before this one writes only priority; this one writes only
-- priority_rank; the trigger derives the other. migrate then runs the backfill tasks_priority_rank (batches
-- of 1000 keys) for the rows written before the trigger existed. V10 validates the checks; the contract V11
-- drops the text column and the trigger once no instance of the older release is alive.
set lock_timeout = '5s';

alter table tasks add column priority_rank smallint;

-- NOT VALID: new and updated rows are checked at once, the existing ones when V10 validates (no long lock)
alter table tasks add constraint tasks_priority_rank_range check (priority_rank between 0 and 4) not valid;
-- proves "never null" once validated, so the contract's SET NOT NULL needs no scan under an exclusive lock
alter table tasks add constraint tasks_priority_rank_present check (priority_rank is not null) not valid;

create or replace function tasks_priority_dual_write() returns trigger
    language plpgsql as $$
declare
    codes constant text[] := array['none', 'low', 'medium', 'high', 'urgent'];
begin
    if (tg_op = 'INSERT' and new.priority_rank is not null)
            or (tg_op = 'UPDATE' and new.priority_rank is distinct from old.priority_rank) then
        -- written in the new shape: the text follows (a rank out of range keeps a valid text, so the error
        -- names the rank's own check)
        new.priority := coalesce(codes[new.priority_rank + 1], 'none');
    else
        -- written in the old shape (or not written at all): the rank follows the text
        new.priority_rank := array_position(codes, new.priority) - 1;
    end if;
    return new;
end
$$;

create trigger tasks_priority_dual_write
    before insert or update on tasks
    for each row execute function tasks_priority_dual_write();
