-- Co-facilitators merge several amendments of one clause into one wording (issue 12): each merged
-- amendment is decided 'merged' and points to the clause version that carries the merged wording.
-- The status list keeps every value other branches of this round add ('noted' for plain comments).
alter table clause_comment drop constraint if exists clause_comment_status_check;
alter table clause_comment add constraint clause_comment_status_check
    check (status in ('open', 'accepted', 'declined', 'withdrawn', 'noted', 'merged'));

alter table clause_comment add column merged_version integer;
alter table clause_comment add constraint clause_comment_merged_points_to_a_version
    check ((status = 'merged') = (merged_version is not null));
alter table clause_comment add constraint clause_comment_merged_version_exists
    foreign key (clause_id, merged_version) references clause_version (clause_id, version);
