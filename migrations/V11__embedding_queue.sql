-- Embeddings leave the write path: an import or an edit records here which texts need a vector,
-- in its own transaction; a worker computes them after commit and deletes the row. Rows survive a
-- restart; enqueueing the same text twice is one row (requested_at moves on, so a vector computed
-- from an older text is never taken for the newer one).
create table embedding_job (
    owner_kind    varchar(20) not null check (owner_kind in ('clause', 'recommendation', 'theme')),
    owner_id      bigint      not null,
    requested_at  timestamptz not null default clock_timestamp(),
    claimed_until timestamptz,
    attempts      int         not null default 0,
    primary key (owner_kind, owner_id)
);
create index embedding_job_open on embedding_job (requested_at) where attempts < 5;
