-- Accounts and the bearer tokens REST clients and the browser use.
set lock_timeout = '5s';

create table users (
    id            bigint generated always as identity primary key,
    email         text        not null check (email = lower(email) and length(email) between 3 and 254),
    password_hash text        not null,
    name          text        not null check (length(name) between 1 and 100),
    time_zone     text        not null,
    created_at    timestamptz not null
);
create unique index users_email_key on users (email);

-- Tokens are random; only their SHA-256 is stored, so a database dump does not leak sessions.
create table access_tokens (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null references users (id) on delete cascade,
    token_hash text        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz
);
create unique index access_tokens_token_hash_key on access_tokens (token_hash);
create index access_tokens_user_id_idx on access_tokens (user_id);
