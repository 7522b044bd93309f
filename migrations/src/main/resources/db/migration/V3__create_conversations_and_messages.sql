-- Chat conversations and their messages, numbered per conversation.
set lock_timeout = '5s';

create table conversations (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null references users (id) on delete cascade,
    title      text        not null check (length(title) between 1 and 200),
    last_seq   bigint      not null default 0,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index conversations_user_id_idx on conversations (user_id, updated_at desc);

create table messages (
    conversation_id   bigint      not null references conversations (id) on delete cascade,
    seq               bigint      not null,
    role              text        not null check (role in ('user', 'assistant')),
    text              text        not null check (length(text) <= 20000),
    client_message_id text check (length(client_message_id) <= 100),
    created_at        timestamptz not null,
    primary key (conversation_id, seq)
);
-- a resent chat message (same client id) is recognised instead of run twice
create unique index messages_client_message_id_key on messages (conversation_id, client_message_id)
    where client_message_id is not null;
