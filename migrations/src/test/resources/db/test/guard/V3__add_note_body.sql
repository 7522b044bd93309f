-- phase: expand
set lock_timeout = '5s';
alter table notes add column body text;
