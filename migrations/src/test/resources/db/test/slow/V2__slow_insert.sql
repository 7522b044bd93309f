-- phase: expand
-- slow on purpose: a second migrate started meanwhile must wait for it, then find nothing to do
set lock_timeout = '5s';

select pg_sleep(2);
insert into notes (body) values ('applied once');
