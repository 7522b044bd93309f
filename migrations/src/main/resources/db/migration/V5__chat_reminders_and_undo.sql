-- The chat: what a conversation remembers between messages, reminders delivered exactly once, and
-- the assistant's changes that "undo" can revert. Expand only: new nullable columns and new tables,
-- so the previous version of the WAR keeps working against this schema.
set lock_timeout = '5s';

-- when a task's reminder was delivered; null while it is pending (a new remind_at makes it pending again).
-- The scheduler's query (remind_at <= now, reminded_at null, open) is served by tasks_pending_reminder_idx.
alter table tasks add column reminded_at timestamptz;

-- what "it" and "2" refer to: the task the conversation last touched and the last list it showed
alter table conversations add column last_task_id bigint;
alter table conversations add column last_list bigint[];

-- a message says what kind it is and which tasks it is about (its cards, shown as they are now)
alter table messages add column kind text not null default 'chat';
alter table messages add constraint messages_kind_check check (kind in ('chat', 'reminder')) not valid;
alter table messages add column task_ids bigint[] not null default '{}';

-- every change the assistant made, newest last, so "undo" can walk back through them
create table assistant_changes (
    id              bigint generated always as identity primary key,
    conversation_id bigint      not null references conversations (id) on delete cascade,
    message_seq     bigint      not null,
    summary         text        not null,
    steps           jsonb       not null,
    created_at      timestamptz not null,
    undone_at       timestamptz
);
create index assistant_changes_open_idx on assistant_changes (conversation_id, id desc) where undone_at is null;
