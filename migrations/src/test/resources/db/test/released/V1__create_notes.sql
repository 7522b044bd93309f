-- A tiny history of our own: the test applies it, then validates against an edited copy (../edited).
create table notes (
    id   bigint generated always as identity primary key,
    body text not null
);
