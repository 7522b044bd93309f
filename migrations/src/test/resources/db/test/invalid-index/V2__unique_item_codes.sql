-- phase: expand
-- transactional: false
set lock_timeout = '5s';

create unique index concurrently if not exists items_code_key on items (code);
