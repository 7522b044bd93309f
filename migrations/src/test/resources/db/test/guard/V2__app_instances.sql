-- phase: expand
-- The same table as the shipped V8__app_instances.sql, which these tests cannot use beside their own history.
set lock_timeout = '5s';
create table app_instances (
    id           uuid primary key,
    app_version  text not null,
    schema_needs integer not null,
    host         text,
    started_at   timestamptz not null,
    heartbeat_at timestamptz not null
);
