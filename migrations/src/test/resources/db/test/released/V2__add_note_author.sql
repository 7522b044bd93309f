alter table notes add column author text;
