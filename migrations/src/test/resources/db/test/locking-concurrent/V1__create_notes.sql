-- phase: expand
set lock_timeout = '5s';

create table notes (
    id   bigint generated always as identity primary key,
    body text not null
);
insert into notes (body) select 'note ' || n from generate_series(1, 100) n;
