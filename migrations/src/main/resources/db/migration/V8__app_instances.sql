-- phase: expand
-- Every running WAR instance keeps a row here and refreshes heartbeat_at every 10 s; it deletes its row when
-- it shuts down in order. migrate reads the live rows (heartbeat within 30 s) before a contract and refuses
-- the contract while an instance whose schema_needs is below the contract's breaks-schema-needs-below is
-- alive. A killed instance leaves a stale row behind, which simply stops counting.
set lock_timeout = '5s';

create table app_instances (
    id           uuid primary key,
    app_version  text not null,
    -- the schema version the instance's build needs (its SchemaCheck.REQUIRED_VERSION)
    schema_needs integer not null,
    host         text,
    started_at   timestamptz not null,
    heartbeat_at timestamptz not null
);
