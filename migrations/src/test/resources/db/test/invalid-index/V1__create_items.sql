-- phase: expand
set lock_timeout = '5s';

create table items (
    id   bigint generated always as identity primary key,
    code text not null
);
-- two rows share a code: the unique index of V2 fails on them, as a real build fails on bad data
insert into items (code) select 'code ' || n from generate_series(1, 100) n;
insert into items (code) values ('code 7');
