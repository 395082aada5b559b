-- A version number per process that every committed change to what its working-draft coverage is
-- made of (themes, recommendations, sources, clauses' labels, order and status, trace links,
-- revisions) raises by one, in the same transaction. A replica reads it before it reads the data and
-- keeps a report under it: a report kept under the version it reads is never older than that version,
-- so no replica serves coverage from before an acknowledged edit.
--
-- The triggers are deferred to commit, so a transaction takes the version row's lock only at its very
-- end (never while it still waits for other rows: no new deadlocks), and raise it once per
-- transaction however many rows it touched.
create table process_content_version (
    process_id bigint primary key,
    version    bigint not null,
    last_tx    bigint not null
);

create function raise_process_content_version(p bigint) returns void
language plpgsql as $$
begin
    if p is null then
        return;
    end if;
    insert into process_content_version as v (process_id, version, last_tx)
    values (p, 1, txid_current())
    on conflict (process_id) do update
        set version = v.version + 1, last_tx = excluded.last_tx
        where v.last_tx <> excluded.last_tx;
end $$;

-- Rows that name their process.
create function process_content_changed() returns trigger
language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform raise_process_content_version(old.process_id);
    end if;
    if tg_op <> 'DELETE' then
        perform raise_process_content_version(new.process_id);
    end if;
    return null;
end $$;

-- Themes: their process through their source (gone with it: the source's own trigger raised it).
create function theme_content_changed() returns trigger
language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform raise_process_content_version(
            (select s.process_id from source_document s where s.id = old.source_id));
    end if;
    if tg_op <> 'DELETE' then
        perform raise_process_content_version(
            (select s.process_id from source_document s where s.id = new.source_id));
    end if;
    return null;
end $$;

-- Recommendations: their process through their theme and its source.
create function recommendation_content_changed() returns trigger
language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform raise_process_content_version(
            (select s.process_id from theme t join source_document s on s.id = t.source_id where t.id = old.theme_id));
    end if;
    if tg_op <> 'DELETE' then
        perform raise_process_content_version(
            (select s.process_id from theme t join source_document s on s.id = t.source_id where t.id = new.theme_id));
    end if;
    return null;
end $$;

create constraint trigger source_document_content_changed
    after insert or update or delete on source_document
    deferrable initially deferred for each row execute function process_content_changed();

create constraint trigger theme_content_changed
    after insert or update or delete on theme
    deferrable initially deferred for each row execute function theme_content_changed();

create constraint trigger recommendation_content_changed
    after insert or update or delete on recommendation
    deferrable initially deferred for each row execute function recommendation_content_changed();

-- A clause's wording is not part of coverage (a change of wording that matters makes links suspect,
-- which the trace_link trigger sees); its label, order and status are.
create constraint trigger clause_content_changed
    after insert or delete or update of label, position, status, process_id on clause
    deferrable initially deferred for each row execute function process_content_changed();

create constraint trigger trace_link_content_changed
    after insert or update or delete on trace_link
    deferrable initially deferred for each row execute function process_content_changed();

create constraint trigger revision_content_changed
    after insert or update or delete on revision
    deferrable initially deferred for each row execute function process_content_changed();
