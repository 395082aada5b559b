-- A delegation may withdraw its own open comment or proposed amendment (issue 14).
alter table clause_comment drop constraint clause_comment_status_check;
alter table clause_comment add constraint clause_comment_status_check
    check (status in ('open', 'accepted', 'declined', 'withdrawn'));
