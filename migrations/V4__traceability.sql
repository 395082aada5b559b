-- Traceability: links between clauses and recommendations (or whole themes), their history,
-- their state at each issued revision, the hearing content each revision was measured against,
-- and sentence embeddings for suggestions.

create table trace_link (
    id                bigserial primary key,
    process_id        bigint       not null references drafting_process (id),
    clause_id         bigint       not null references clause (id),
    recommendation_id bigint       references recommendation (id) on delete cascade,
    theme_id          bigint       references theme (id) on delete cascade,
    state             varchar(12)  not null check (state in ('suggested', 'confirmed', 'rejected', 'suspect')),
    rationale         text,
    score             double precision,
    created_by        varchar(64)  not null,
    created_at        timestamptz  not null default now(),
    updated_by        varchar(64)  not null,
    updated_at        timestamptz  not null default now(),
    version           integer      not null default 1,
    check ((recommendation_id is null) <> (theme_id is null)),
    unique (clause_id, recommendation_id),
    unique (clause_id, theme_id)
);
create index trace_link_process on trace_link (process_id, state);
create index trace_link_recommendation on trace_link (recommendation_id);

-- Who changed a link's state, when and why: append-only, outlives the link it speaks of.
create table trace_link_event (
    id        bigserial primary key,
    link_id   bigint       not null,
    at        timestamptz  not null default now(),
    actor     varchar(64)  not null,
    state     varchar(12)  not null,
    note      text
);
create index trace_link_event_link on trace_link_event (link_id, at);

-- At issue time: the links' states, and the themes and recommendations the text answered.
create table revision_link (
    revision_id       bigint      not null references revision (id),
    link_id           bigint      not null,
    clause_id         bigint      not null,
    recommendation_id bigint,
    theme_id          bigint,
    state             varchar(12) not null,
    primary key (revision_id, link_id)
);

create table revision_theme (
    revision_id bigint  not null references revision (id),
    theme_id    bigint  not null,
    source_id   bigint  not null,
    number      integer not null,
    title       text    not null,
    primary key (revision_id, theme_id)
);

create table revision_recommendation (
    revision_id       bigint  not null references revision (id),
    recommendation_id bigint  not null,
    theme_id          bigint  not null,
    position          integer not null,
    body              text    not null,
    stakeholder_group varchar(60),
    primary key (revision_id, recommendation_id)
);

create trigger trace_link_event_is_append_only before update or delete on trace_link_event
    for each row execute function refuse_change();
create trigger revision_link_is_immutable before update or delete on revision_link
    for each row execute function refuse_change();
create trigger revision_theme_is_immutable before update or delete on revision_theme
    for each row execute function refuse_change();
create trigger revision_recommendation_is_immutable before update or delete on revision_recommendation
    for each row execute function refuse_change();

-- Full-text search over recommendations and theme titles.
alter table recommendation add column body_tsv tsvector generated always as (to_tsvector('english', body)) stored;
create index recommendation_body_tsv on recommendation using gin (body_tsv);

-- Sentence embeddings (all-MiniLM-L6-v2, 384 dimensions), recomputed when the text changes.
create table text_embedding (
    owner_kind varchar(20) not null check (owner_kind in ('clause', 'recommendation', 'theme')),
    owner_id   bigint      not null,
    text_hash  varchar(64) not null,
    vector     real[]      not null,
    primary key (owner_kind, owner_id)
);
