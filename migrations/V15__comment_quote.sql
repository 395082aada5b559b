-- The passage of the clause a comment or amendment is about (issue 12), as the delegate quoted it,
-- with runs of spaces and line breaks collapsed to one space. Null when the comment quotes nothing.
alter table clause_comment add column quote text;
