-- Drafts: process membership, the clause repository with append-only history, and issued
-- revisions as immutable snapshots.

create table process_member (
    id          bigserial primary key,
    process_id  bigint      not null references drafting_process (id),
    user_id     bigint      not null references app_user (id),
    role        varchar(20) not null check (role in ('co-facilitator', 'delegate', 'observer')),
    added_at    timestamptz not null default now(),
    added_by    varchar(64) not null,
    unique (process_id, user_id)
);

-- A clause: a stable identity across revisions; its working-copy state lives here, its past in
-- clause_version.
create table clause (
    id          bigserial primary key,
    process_id  bigint       not null references drafting_process (id),
    kind        varchar(2)   not null check (kind in ('PP', 'OP')),
    label       varchar(40)  not null,
    position    bigint       not null,
    body        text         not null,
    status      varchar(20)  not null default 'open'
                check (status in ('open', 'bracketed', 'agreed-ad-ref', 'agreed', 'deleted')),
    version     integer      not null default 1,
    created_at  timestamptz  not null default now(),
    created_by  varchar(64)  not null,
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(64)  not null
);
create index clause_process_position on clause (process_id, position);

create table clause_version (
    id          bigserial primary key,
    clause_id   bigint       not null references clause (id),
    version     integer      not null,
    action      varchar(20)  not null,
    label       varchar(40)  not null,
    kind        varchar(2)   not null,
    body        text         not null,
    status      varchar(20)  not null,
    reason      text,
    author      varchar(64)  not null,
    at          timestamptz  not null default now(),
    unique (clause_id, version)
);

create table revision (
    id            bigserial primary key,
    process_id    bigint       not null references drafting_process (id),
    sequence      integer      not null,
    label         varchar(100) not null,
    revision_date date         not null,
    note          text,
    issued_at     timestamptz  not null default now(),
    issued_by     varchar(64)  not null,
    unique (process_id, sequence),
    unique (process_id, label)
);

create table revision_clause (
    revision_id bigint      not null references revision (id),
    clause_id   bigint      not null references clause (id),
    ordinal     integer     not null,
    label       varchar(40) not null,
    kind        varchar(2)  not null,
    body        text        not null,
    status      varchar(20) not null,
    primary key (revision_id, clause_id)
);

-- Issued revisions and the history are append-only, whatever path tries to change them.
create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = '55000';
end;
$$;

create trigger revision_is_immutable before update or delete on revision
    for each row execute function refuse_change();
create trigger revision_clause_is_immutable before update or delete on revision_clause
    for each row execute function refuse_change();
create trigger clause_version_is_append_only before update or delete on clause_version
    for each row execute function refuse_change();
create trigger import_correction_is_append_only before update or delete on import_correction
    for each row execute function refuse_change();
