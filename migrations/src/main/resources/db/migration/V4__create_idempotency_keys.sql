-- Responses to POST requests carrying an Idempotency-Key, replayed on a retry with the same key.
set lock_timeout = '5s';

create table idempotency_keys (
    user_id         bigint      not null references users (id) on delete cascade,
    idempotency_key text        not null check (length(idempotency_key) between 1 and 255),
    request_hash    text        not null,
    response_status integer,
    response_body   text,
    location        text,
    created_at      timestamptz not null,
    primary key (user_id, idempotency_key)
);
create index idempotency_keys_created_at_idx on idempotency_keys (created_at);
