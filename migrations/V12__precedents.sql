-- Agreed language: adopted texts negotiators reuse (precedents), stored once, paragraph by
-- paragraph with the number as printed. A precedent never changes once imported: its content
-- hash identifies it, so importing the same text again finds it instead of duplicating it.

create table precedent (
    id            bigserial primary key,
    symbol        varchar(100) not null unique,
    title         text         not null,
    adopted       date         not null,
    -- The process whose own adopted outcome this text is, when it was imported as such: never a
    -- precedent for that process.
    process_id    bigint       references drafting_process (id),
    content_hash  varchar(64)  not null unique,
    imported_at   timestamptz  not null default now(),
    imported_by   varchar(64)  not null
);

create table precedent_paragraph (
    id            bigserial primary key,
    precedent_id  bigint       not null references precedent (id),
    position      integer      not null,
    kind          varchar(2)   not null check (kind in ('PP', 'OP')),
    -- The paragraph's number as printed ("12"), or for an unnumbered preambular paragraph its
    -- place ("PP3").
    number        varchar(40)  not null,
    body          text         not null,
    unique (precedent_id, position)
);

create or replace function precedent_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'an adopted text (precedent) is never changed or deleted';
end;
$$;

create trigger precedent_no_update before update or delete on precedent
    for each row execute function precedent_is_immutable();
create trigger precedent_paragraph_no_update before update or delete on precedent_paragraph
    for each row execute function precedent_is_immutable();
