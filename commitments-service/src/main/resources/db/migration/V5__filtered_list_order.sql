-- The two filters most lists use, each followed by the list order (announced_on, id): a page of
-- one country's or one coalition's commitments is read from the index in order, without
-- sorting every match first (see benchmarks/scale-results.md). They replace the single-column
-- indexes, whose lookups they still serve.
drop index commitment_by_country;
drop index commitment_by_coalition;
create index commitment_by_country on commitment (country_code, announced_on, id);
create index commitment_by_coalition on commitment (coalition_id, announced_on, id);
