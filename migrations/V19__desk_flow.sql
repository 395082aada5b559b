-- Issue 14, "what a round needs": the working draft is the co-facilitators' desk unless the
-- process opens it to its delegates; plain comments can be "noted"; a delegate's last look at
-- their delegation's proposals (for the notice of decisions taken since).
alter table drafting_process add column working_draft_open boolean not null default false;

alter table clause_comment drop constraint clause_comment_status_check;
alter table clause_comment add constraint clause_comment_status_check
    check (status in ('open', 'accepted', 'declined', 'withdrawn', 'noted', 'merged'));

create table proposals_seen (
    user_id    bigint      not null references app_user (id),
    process_id bigint      not null references drafting_process (id),
    seen_at    timestamptz not null,
    primary key (user_id, process_id)
);
