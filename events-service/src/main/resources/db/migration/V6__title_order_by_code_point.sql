-- The event list sorts titles by code point (ucs_basic), whatever locale the database was created
-- with: the same order in every deployment, and the order the list at knownAt applies in Java to
-- the states in the record's history (docs/api-decisions.md, "Two kinds of time", "Events"). The
-- list's index takes the same collation so that it still gives the order.

drop index event_by_start;
create index event_by_start on event (starts_by, starts_at nulls first, title collate ucs_basic, id);
