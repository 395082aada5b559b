-- Foundation: delegations, accounts, processes, hearing sources with their themes and
-- recommendations, the context around them, and an append-only record of import fixes.

create table delegation (
    id          bigserial primary key,
    name        varchar(200) not null unique,
    kind        varchar(20)  not null check (kind in ('member-state', 'observer', 'group'))
);

create table app_user (
    id            bigserial primary key,
    username      varchar(64)  not null unique,
    password_hash varchar(100) not null,
    display_name  varchar(200) not null,
    global_role   varchar(20)  not null default 'user' check (global_role in ('admin', 'secretariat', 'user')),
    delegation_id bigint references delegation (id),
    created_at    timestamptz  not null default now()
);

create table drafting_process (
    id          bigserial primary key,
    title       varchar(300) not null,
    seed_key    varchar(60) unique,
    status      varchar(20)  not null default 'preparation'
                check (status in ('preparation', 'negotiation', 'adopted', 'closed')),
    created_at  timestamptz  not null default now(),
    created_by  varchar(64)  not null
);

create table source_document (
    id            bigserial primary key,
    process_id    bigint       not null references drafting_process (id),
    kind          varchar(30)  not null check (kind in ('hearing-summary', 'news-report', 'concept-note')),
    title         varchar(400) not null,
    document_date date,
    content_hash  varchar(64)  not null,
    body          text         not null,
    imported_at   timestamptz  not null default now(),
    imported_by   varchar(64)  not null,
    unique (process_id, content_hash)
);

create table theme (
    id           bigserial primary key,
    source_id    bigint       not null references source_document (id),
    number       integer      not null,
    title        text         not null,
    start_offset integer,
    end_offset   integer,
    version      integer      not null default 0
);
create index theme_source on theme (source_id);

create table recommendation (
    id                bigserial primary key,
    theme_id          bigint      not null references theme (id),
    position          integer     not null,
    body              text        not null,
    kind              varchar(20) not null check (kind in ('ask', 'observation')),
    stakeholder_group varchar(60),
    speaker           varchar(200),
    paragraph         integer,
    start_offset      integer,
    end_offset        integer,
    added_by_hand     boolean     not null default false,
    version           integer     not null default 0
);
create index recommendation_theme on recommendation (theme_id, position);

-- What surrounds the key messages: introduction, opening statements, panels, agenda, closing.
create table source_section (
    id           bigserial primary key,
    source_id    bigint      not null references source_document (id),
    position     integer     not null,
    kind         varchar(20) not null check (kind in ('introduction', 'opening', 'panel', 'agenda', 'closing', 'other')),
    heading      text        not null,
    body         text        not null,
    start_offset integer     not null,
    end_offset   integer     not null
);
create index source_section_source on source_section (source_id, position);

-- A person or delegation named in the text, with what they said or called for.
create table speaker_statement (
    id           bigserial primary key,
    source_id    bigint       not null references source_document (id),
    section_kind varchar(20)  not null,
    speaker      varchar(300) not null,
    role         text,
    organisation text,
    calls_for    text,
    start_offset integer,
    end_offset   integer
);
create index speaker_statement_source on speaker_statement (source_id);

create table panel (
    id          bigserial primary key,
    source_id   bigint  not null references source_document (id),
    number      integer not null,
    title       text    not null
);

create table panel_question (
    id        bigserial primary key,
    panel_id  bigint  not null references panel (id),
    number    integer not null,
    body      text    not null
);

-- Append-only: who changed what in an import, and when.
create table import_correction (
    id         bigserial primary key,
    source_id  bigint       not null references source_document (id),
    actor      varchar(64)  not null,
    at         timestamptz  not null default now(),
    action     varchar(40)  not null,
    detail     text         not null
);
create index import_correction_source on import_correction (source_id, at);
