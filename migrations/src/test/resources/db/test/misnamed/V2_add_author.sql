-- one underscore instead of two: Flyway would skip this file silently unless naming is validated
alter table notes add column author text;
