-- Validates the check added NOT VALID in V5, in a transaction of its own: VALIDATE CONSTRAINT takes
-- only SHARE UPDATE EXCLUSIVE, so reads and writes of messages go on while the rows are checked.
set lock_timeout = '5s';

alter table messages validate constraint messages_kind_check;
