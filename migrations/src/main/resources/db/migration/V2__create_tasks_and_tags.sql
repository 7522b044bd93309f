-- Tasks, per-user tags and the links between them.
set lock_timeout = '5s';

create table tasks (
    id                         bigint generated always as identity primary key,
    user_id                    bigint      not null references users (id) on delete cascade,
    title                      text        not null check (length(title) between 1 and 500),
    description                text check (length(description) <= 10000),
    priority                   text        not null default 'none'
        check (priority in ('none', 'low', 'medium', 'high', 'urgent')),
    -- a due date is a local date (plus an optional local time) in the owner's time zone;
    -- due_at is the instant derived from them, kept for ordering, filtering and reminders
    due_date                   date,
    due_time                   time,
    due_at                     timestamptz,
    remind_at                  timestamptz,
    recurrence                 text check (length(recurrence) <= 500),
    repeat_from_completion     boolean     not null default false,
    completed_at               timestamptz,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null,
    version                    bigint      not null default 1,
    constraint tasks_due_time_needs_date check (due_time is null or due_date is not null),
    constraint tasks_due_at_matches_date check ((due_at is null) = (due_date is null)),
    constraint tasks_recurrence_needs_date check (recurrence is null or due_date is not null)
);
-- open tasks by due instant: the "what's due", "overdue" and default list queries
create index tasks_user_open_due_idx on tasks (user_id, due_at, id) where completed_at is null;
create index tasks_user_id_idx on tasks (user_id, id);
-- pending reminders, for the reminder scheduler
create index tasks_pending_reminder_idx on tasks (remind_at) where completed_at is null and remind_at is not null;
-- full-text search over title and description (the list filter q)
create index tasks_search_idx on tasks
    using gin (to_tsvector('simple', title || ' ' || coalesce(description, '')));

create table tags (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null references users (id) on delete cascade,
    name       text        not null check (name = lower(name) and name ~ '^[a-z0-9][a-z0-9_-]{0,49}$'),
    created_at timestamptz not null
);
create unique index tags_user_name_key on tags (user_id, name);

create table task_tags (
    task_id bigint not null references tasks (id) on delete cascade,
    tag_id  bigint not null references tags (id) on delete cascade,
    primary key (task_id, tag_id)
);
create index task_tags_tag_id_idx on task_tags (tag_id);
