-- When each version stopped being the current one (the next version's changed_at; empty for the
-- current version), so that "what stood at T" is a test on each row (changed_at < T and not
-- superseded by T) instead of a search for the latest version of every commitment.
alter table commitment_version add column superseded_at timestamptz;

update commitment_version v
   set superseded_at = (select min(n.changed_at) from commitment_version n
                         where n.commitment_id = v.commitment_id and n.version > v.version);
