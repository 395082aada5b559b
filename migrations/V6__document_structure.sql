-- Real documents: a declaration's section headings and footnotes travel with its paragraphs, and
-- its introductory formula ("We, Heads of State and Government …:") with the draft.

alter table clause add column heading text;
alter table clause add column notes text;
alter table revision_clause add column heading text;
alter table revision_clause add column notes text;

alter table drafting_process add column draft_intro text;
alter table revision add column intro text;
