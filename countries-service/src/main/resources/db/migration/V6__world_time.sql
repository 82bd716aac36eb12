-- World time (docs/api-decisions.md, "Two kinds of time"). Dates keep the precision the sources
-- give ('2025', '2025-02', '2025-02-17'); asOf compares the day each counts from (the kit's
-- partial_date_last_day). A membership carries the roles it held in the world, oldest first.

-- The role in force on a day: that of the last step whose date counts by then, else the first
-- step's (the role a member joined in).
create function membership_role_on(history jsonb, day date) returns text
    language sql immutable strict parallel safe
as $$
    select coalesce(
        (select step ->> 'role' from jsonb_array_elements(history) with ordinality as timeline(step, position)
          where step ->> 'from' is not null and partial_date_last_day(step ->> 'from') <= day
          order by position desc limit 1),
        history -> 0 ->> 'role')
$$;

alter table coalition alter column launched_on type varchar(10) using to_char(launched_on, 'YYYY-MM-DD');

-- Partial dates compare as periods, which a check on text cannot: the service refuses a leaving
-- that ended before the joining began (MembershipService).
alter table membership drop constraint membership_left_on_not_before_joined_on;
alter table membership alter column joined_on type varchar(10) using to_char(joined_on, 'YYYY-MM-DD');
alter table membership alter column left_on type varchar(10) using to_char(left_on, 'YYYY-MM-DD');
alter table membership add column joined_by date generated always as (partial_date_last_day(joined_on)) stored;
alter table membership add column left_by date generated always as (partial_date_last_day(left_on)) stored;
create index membership_current_on on membership (coalition_id, joined_by, left_by);

-- Each existing membership starts with one step: its role, from when it joined.
alter table membership add column role_history jsonb;
update membership set role_history = jsonb_build_array(jsonb_strip_nulls(jsonb_build_object('role', role, 'from', joined_on)));
alter table membership alter column role_history set not null;
