-- phase: expand
-- a short lock_timeout so that the tests, which hold the table's lock, see timeouts quickly
set lock_timeout = '200ms';

alter table notes add column author text;
