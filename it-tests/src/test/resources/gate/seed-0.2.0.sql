-- Data in the shape release 0.2.0 left the schema (V1-V11: priority_rank, no priority text): one user with
-- a session, tags, one task per priority ("seed <priority>", which the gate checks after the upgrade), due
-- dates, a delivered reminder, a conversation with messages and an undo step.
insert into users (email, password_hash, name, time_zone, created_at)
values ('seed-0.2.0@example.org', 'PBKDF2WithHmacSHA256:1000:c2FsdA==:aGFzaA==', 'Seed', 'Europe/Berlin', now());

insert into access_tokens (user_id, token_hash, created_at, expires_at)
select id, 'seed-token-hash', now(), now() + interval '30 days' from users where email = 'seed-0.2.0@example.org';

insert into tags (user_id, name, created_at)
select u.id, t.name, now() from users u, unnest(array['seed', 'home', 'work']) t(name)
 where u.email = 'seed-0.2.0@example.org';

insert into tasks (user_id, title, description, priority_rank, due_date, due_time, due_at, remind_at, reminded_at,
                   recurrence, created_at, updated_at)
select u.id, 'seed ' || p.code, 'written as 0.2.0 wrote it', i.n - 1,
       date '2026-12-01' + i.n, time '09:00', timestamptz '2026-12-01 08:00:00+00' + i.n * interval '1 day',
       timestamptz '2026-11-30 08:00:00+00' + i.n * interval '1 day',
       case when i.n % 2 = 0 then timestamptz '2026-11-30 08:00:05+00' end,
       case when i.n = 4 then 'FREQ=MONTHLY;BYMONTHDAY=1' end,
       now(), now()
  from users u, unnest(array['none', 'low', 'medium', 'high', 'urgent']) with ordinality p(code, ord), lateral (select ord::int as n) i
 where u.email = 'seed-0.2.0@example.org';

insert into task_tags (task_id, tag_id)
select t.id, g.id from tasks t join tags g on g.user_id = t.user_id and g.name = 'seed'
 where t.title like 'seed %';

insert into conversations (user_id, title, last_seq, last_task_id, created_at, updated_at)
select u.id, 'Seed chat', 2, (select max(id) from tasks where user_id = u.id), now(), now()
  from users u where u.email = 'seed-0.2.0@example.org';

insert into messages (conversation_id, seq, role, text, client_message_id, created_at, kind, task_ids)
select c.id, 1, 'user', 'seed urgent p1', 'seed-1', now(), 'chat', '{}' from conversations c where c.title = 'Seed chat'
union all
select c.id, 2, 'assistant', 'Added *seed urgent*', null, now(), 'chat', array[c.last_task_id]
  from conversations c where c.title = 'Seed chat';

insert into assistant_changes (conversation_id, message_seq, summary, steps, created_at)
select c.id, 2, 'added seed urgent', jsonb_build_array(jsonb_build_object('delete', c.last_task_id)), now()
  from conversations c where c.title = 'Seed chat';
