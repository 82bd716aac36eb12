-- Claims (docs/api-decisions.md, "Claims"): what the sources say about a record's fields, each
-- claim with its sources and rank, kept with the record and versioned with it.
alter table coalition add column claims jsonb not null default '[]';
alter table membership add column claims jsonb not null default '[]';
