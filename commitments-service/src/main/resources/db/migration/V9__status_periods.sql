-- World-time queries at scale (benchmarks/scale-results.md). Computing each commitment's status
-- on the asked day from its jsonb timeline (commitment_status_on) costs a parse of every row's
-- timeline, so an asOf list, its total and the asOf summary grew with the table at seconds per
-- 100,000 commitments. Instead, each timeline is also kept as the spans of days over which each
-- of its statuses is in force, one row per span, indexed by commitment: a list page probes the
-- spans of the 50 commitments it shows, and a total or summary joins the spans in force on the day.
-- The spans are derived from the timeline by the database in the writing transaction, so they
-- can never disagree with it.

-- The spans of a timeline, by the same rule as commitment_status_on: a step is in force from the
-- day its date counts (partial_date_last_day) until the first day a later step counts, or for
-- good; a step overtaken on its own first day, and an undated step, is in force on no day.
create function commitment_status_periods(history jsonb)
    returns table (from_day date, until_day date, status varchar)
    language sql immutable strict parallel safe
as $$
    select from_day, until_day, status from (
        select partial_date_last_day(step ->> 'on') as from_day,
               min(partial_date_last_day(step ->> 'on')) over (order by position rows between 1 following and unbounded following) as until_day,
               step ->> 'status' as status
          from jsonb_array_elements(history) with ordinality as timeline(step, position)
         where step ->> 'on' is not null
    ) steps
     where until_day is null or until_day > from_day
$$;

-- The present record's spans (asOf without knownAt), and every recorded version's (asOf with
-- knownAt). Two tables rather than one with a flag, so that a total over the present record reads
-- only the present spans.
create table commitment_status_period (
    commitment_id uuid not null references commitment (id) on delete cascade,
    from_day date not null,
    until_day date,
    status varchar(40) not null,
    primary key (commitment_id, from_day)
);

create table commitment_version_status_period (
    commitment_id uuid not null,
    version bigint not null,
    from_day date not null,
    until_day date,
    status varchar(40) not null,
    primary key (commitment_id, version, from_day),
    foreign key (commitment_id, version) references commitment_version (commitment_id, version) on delete cascade
);

create function commitment_status_periods_write() returns trigger
    language plpgsql
as $$
begin
    if tg_table_name = 'commitment' then
        delete from commitment_status_period where commitment_id = new.id;
        insert into commitment_status_period (commitment_id, from_day, until_day, status)
        select new.id, p.from_day, p.until_day, p.status from commitment_status_periods(new.status_history) p;
    else
        insert into commitment_version_status_period (commitment_id, version, from_day, until_day, status)
        select new.commitment_id, new.version, p.from_day, p.until_day, p.status from commitment_status_periods(new.status_history) p;
    end if;
    return null;
end
$$;

create trigger commitment_status_periods_on_create after insert on commitment
    for each row execute function commitment_status_periods_write();
create trigger commitment_status_periods_on_change after update of status_history on commitment
    for each row when (old.status_history is distinct from new.status_history) execute function commitment_status_periods_write();
-- A version is never changed once recorded (only its superseded_at is set).
create trigger commitment_version_status_periods after insert on commitment_version
    for each row execute function commitment_status_periods_write();

insert into commitment_status_period (commitment_id, from_day, until_day, status)
select c.id, p.from_day, p.until_day, p.status from commitment c cross join lateral commitment_status_periods(c.status_history) p;
insert into commitment_version_status_period (commitment_id, version, from_day, until_day, status)
select v.commitment_id, v.version, p.from_day, p.until_day, p.status from commitment_version v cross join lateral commitment_status_periods(v.status_history) p;

-- The record at an instant (knownAt): its total reads the versions current then from this index
-- alone, and its pages walk the versions in list order, as the present record's do.
create index commitment_version_recorded on commitment_version (changed_at, superseded_at);
create index commitment_version_in_list_order on commitment_version (announced_by, country_code, category, commitment_id);
drop index commitment_version_by_country;
drop index commitment_version_by_coalition;
create index commitment_version_by_country on commitment_version (country_code, announced_by, category, commitment_id);
create index commitment_version_by_coalition on commitment_version (coalition_id, announced_by, country_code, category, commitment_id);

-- The timeline's first day is now the first span's; commitment_status_on stays for ad-hoc SQL.
drop index commitment_by_timeline_begins;
