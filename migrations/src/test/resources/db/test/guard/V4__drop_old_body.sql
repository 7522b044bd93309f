-- phase: contract
-- breaks-schema-needs-below: 3
set lock_timeout = '5s';
alter table notes drop column old_body;
