-- Claims (docs/api-decisions.md, "Claims"): what the sources say about an event's fields, each
-- claim with its sources and rank, kept with the event and versioned with it. /disputes reads
-- only the events that carry claims.
alter table event add column claims jsonb not null default '[]';
create index event_with_claims on event (id) where claims <> '[]'::jsonb;
alter table participant add column claims jsonb not null default '[]';
