-- Failed sign-ins, counted per user name and per client address, shared by every replica.
-- A row is forgotten once its window has passed and its lock has run out (pruned by the service).
create table sign_in_failure (
    throttle_key text        primary key,            -- 'user:' || sha256(lower(name)) or 'address:' || ip
    failures     integer     not null check (failures > 0),
    last_failure timestamptz not null,
    locked_until timestamptz
);
create index sign_in_failure_last_failure on sign_in_failure (last_failure);

-- Signed-in browser sessions. The form-login cookie names the user; this row says the session
-- is still open. Signing out deletes it, so the cookie is refused on every replica.
create table web_session (
    token_hash text        primary key,               -- sha256 of the random token in the dd-session cookie
    user_id    bigint      not null references app_user (id) on delete cascade,
    created_at timestamptz not null default now(),
    last_seen  timestamptz not null default now()
);
create index web_session_last_seen on web_session (last_seen);
create index web_session_user on web_session (user_id);
