-- World time (docs/api-decisions.md, "Two kinds of time", "Events"). An event may be known only
-- to the day, or the month: starts_on is the text the sources give ('2025-09-04', '2025-09'), the
-- local day in time_zone; starts_at is the instant, only when a source gives the hour. No
-- invented midnight. The kit's record_version keeps the states as they were published.

drop index event_by_start;
drop index event_by_start_date;
drop index event_by_coalition;

-- Existing rows all have an instant, so their day is known: the date they held, as text.
alter table event alter column starts_on type varchar(10) using to_char(starts_on, 'YYYY-MM-DD');
alter table event alter column starts_at drop not null;

-- The day the start counts from (the kit's one rule: a month counts from its last day): the
-- list order and the from/to filters.
alter table event add column starts_by date generated always as (partial_date_last_day(starts_on)) stored;

-- The list's order: start day, then the instant (an event known only to the day comes first on
-- its day), then title and id. Also the from/to filters.
create index event_by_start on event (starts_by, starts_at nulls first, title, id);
create index event_by_coalition on event (coalition_id, starts_by, starts_at nulls first);
