-- World time (docs/api-decisions.md, "Two kinds of time"). A commitment carries the statuses it
-- took in the world, oldest first, each dated as precisely as the sources say; its announcement
-- date may be a year or a month. Both tables embed the same state, so both change alike.

-- The status in force on a day: that of the last step whose date counts by then (the kit's
-- partial_date_last_day rule); null before the first, and an undated step counts for no day.
create function commitment_status_on(history jsonb, day date) returns text
    language sql immutable strict parallel safe
as $$
    select step ->> 'status' from jsonb_array_elements(history) with ordinality as timeline(step, position)
     where step ->> 'on' is not null and partial_date_last_day(step ->> 'on') <= day
     order by position desc limit 1
$$;

-- The first day on which the timeline has a status; null if no step is dated.
create function commitment_timeline_begins(history jsonb) returns date
    language sql immutable strict parallel safe
as $$
    select min(partial_date_last_day(step ->> 'on')) from jsonb_array_elements(history) as timeline(step)
$$;

-- Each existing commitment (and version) starts with one step: its status, dated by its
-- announcement when it has one.
alter table commitment add column status_history jsonb;
update commitment set status_history = jsonb_build_array(jsonb_strip_nulls(
    jsonb_build_object('status', status, 'on', to_char(announced_on, 'YYYY-MM-DD'))));
alter table commitment alter column status_history set not null;
alter table commitment_version add column status_history jsonb;
update commitment_version set status_history = jsonb_build_array(jsonb_strip_nulls(
    jsonb_build_object('status', status, 'on', to_char(announced_on, 'YYYY-MM-DD'))));
alter table commitment_version alter column status_history set not null;

-- announced_on keeps the text the sources give ('2025', '2025-09', '2025-09-04'); lists sort by
-- the day it counts from, then by country and category, so that commitments announced on one
-- day come in the same order on every install (the id, random, only breaks what is left).
drop index commitment_in_list_order;
drop index commitment_by_country;
drop index commitment_by_coalition;
alter table commitment alter column announced_on type varchar(10) using to_char(announced_on, 'YYYY-MM-DD');
alter table commitment add column announced_by date generated always as (partial_date_last_day(announced_on)) stored;
alter table commitment add column timeline_begins date generated always as (commitment_timeline_begins(status_history)) stored;
create index commitment_in_list_order on commitment (announced_by, country_code, category, id);
create index commitment_by_country on commitment (country_code, announced_by, category, id);
create index commitment_by_coalition on commitment (coalition_id, announced_by, country_code, category, id);
create index commitment_by_timeline_begins on commitment (timeline_begins);

alter table commitment_version alter column announced_on type varchar(10) using to_char(announced_on, 'YYYY-MM-DD');
alter table commitment_version add column announced_by date generated always as (partial_date_last_day(announced_on)) stored;
alter table commitment_version add column timeline_begins date generated always as (commitment_timeline_begins(status_history)) stored;

-- Deleting a commitment no longer deletes its versions: the record keeps what it held, and the
-- deletion ends the last version (superseded_at).
alter table commitment_version drop constraint commitment_version_commitment_id_fkey;
