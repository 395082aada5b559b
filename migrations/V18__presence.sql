-- Who is looking at or editing which clause right now. One row a person and process (their
-- current focus), refreshed by the browser's heartbeat and stale after a short expiry; every
-- replica reads and writes the same rows, so any replica answers the same list. Unlogged: the
-- rows are seconds old and worthless after a crash, so they cost no write-ahead log.
create unlogged table presence (
    process_id bigint      not null references drafting_process (id) on delete cascade,
    user_id    bigint      not null references app_user (id) on delete cascade,
    clause_id  bigint      not null references clause (id) on delete cascade,
    activity   varchar(8)  not null check (activity in ('viewing', 'editing')),
    seen_at    timestamptz not null default now(),
    primary key (process_id, user_id)
);
create index presence_fresh on presence (process_id, seen_at);
