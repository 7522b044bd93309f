-- the first statement works, the second fails: PostgreSQL's transactional DDL must undo both
alter table notes add column author text;
alter table notes add column author text;
