-- Delegations' comments and proposed amendments on the clauses of issued revisions, the other
-- delegations' positions on them, and the co-facilitators' decisions.

create table clause_comment (
    id              bigserial primary key,
    process_id      bigint       not null references drafting_process (id),
    revision_id     bigint       not null references revision (id),
    clause_id       bigint       not null references clause (id),
    delegation_id   bigint       not null references delegation (id),
    author          varchar(64)  not null,
    kind            varchar(10)  not null check (kind in ('comment', 'amendment')),
    body            text,
    amendment_op    varchar(10)  check (amendment_op in ('replace', 'insert', 'delete')),
    find            text,
    replacement     text,
    proposed_text   text,
    status          varchar(10)  not null default 'open' check (status in ('open', 'accepted', 'declined')),
    decision_reason text,
    decided_by      varchar(64),
    decided_at      timestamptz,
    created_at      timestamptz  not null default now(),
    check ((kind = 'amendment') = (amendment_op is not null))
);
create index clause_comment_revision on clause_comment (revision_id, clause_id);

create table comment_position (
    id            bigserial primary key,
    comment_id    bigint      not null references clause_comment (id),
    delegation_id bigint      not null references delegation (id),
    stance        varchar(10) not null check (stance in ('support', 'oppose')),
    author        varchar(64) not null,
    at            timestamptz not null default now(),
    unique (comment_id, delegation_id)
);
