-- The silence procedure and publication of issued revisions (issue 12). An issued revision never
-- changes (V3), so both are kept beside it.

-- A revision placed under silence until a deadline. The deadline may be extended while silence
-- holds (each deadline set is kept in silence_deadline); the state (under silence, adopted,
-- broken) follows from the clock and the breaks, so it is never stored.
create table revision_silence (
    revision_id bigint       primary key references revision (id),
    process_id  bigint       not null references drafting_process (id),
    deadline    timestamptz  not null,
    placed_at   timestamptz  not null,
    placed_by   varchar(64)  not null
);

create table silence_deadline (
    id          bigserial    primary key,
    revision_id bigint       not null references revision_silence (revision_id),
    deadline    timestamptz  not null,
    set_at      timestamptz  not null,
    set_by      varchar(64)  not null
);
create index silence_deadline_revision on silence_deadline (revision_id);

-- A delegation breaks silence on named paragraphs of the revision, with a reason.
create table silence_break (
    id            bigserial    primary key,
    revision_id   bigint       not null references revision_silence (revision_id),
    delegation_id bigint       not null references delegation (id),
    reason        text         not null check (length(btrim(reason)) > 0),
    author        varchar(64)  not null,
    at            timestamptz  not null
);
create index silence_break_revision on silence_break (revision_id, at);

create table silence_break_clause (
    break_id  bigint      not null references silence_break (id),
    clause_id bigint      not null references clause (id),
    ordinal   integer     not null,
    label     varchar(40) not null,
    primary key (break_id, clause_id)
);

-- A published revision (and its coverage report) is readable without signing in.
create table revision_publication (
    revision_id  bigint       primary key references revision (id),
    process_id   bigint       not null references drafting_process (id),
    published_at timestamptz  not null,
    published_by varchar(64)  not null
);
create index revision_publication_process on revision_publication (process_id);

create trigger silence_deadline_is_append_only before update or delete on silence_deadline
    for each row execute function refuse_change();
create trigger silence_break_is_append_only before update or delete on silence_break
    for each row execute function refuse_change();
create trigger silence_break_clause_is_append_only before update or delete on silence_break_clause
    for each row execute function refuse_change();
create trigger revision_publication_is_final before update or delete on revision_publication
    for each row execute function refuse_change();
