-- Claims (docs/api-decisions.md, "Claims"): what the sources say about a commitment's fields, each
-- claim with its sources and rank, kept with the record and versioned with it. Both tables embed
-- the same state, so both get the column.
alter table commitment add column claims jsonb not null default '[]';
alter table commitment_version add column claims jsonb not null default '[]';

-- /disputes reads only the commitments that carry claims; with up to 100,000 commitments, most
-- without, a partial index keeps that read to the few that do.
create index commitment_with_claims on commitment (coalition_id, id) where claims <> '[]'::jsonb;
