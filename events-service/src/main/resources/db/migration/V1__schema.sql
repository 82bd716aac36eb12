create table event (
    id uuid primary key,
    title varchar(300) not null,
    kind varchar(32) not null,
    format varchar(16),
    status varchar(16) not null,
    starts_at timestamptz not null,
    -- The local date of starts_at in time_zone, kept by the service: a date filter means the
    -- day as people at the event saw it, which no index on starts_at alone can answer.
    starts_on date not null,
    ends_at timestamptz,
    time_zone varchar(64) not null,
    location_venue varchar(200),
    location_city varchar(100),
    location_country_code varchar(2),
    coalition_id varchar(64),
    summary varchar(4000),
    sources jsonb not null default '[]',
    version bigint not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
-- The list's order, and the from/to filters given as instants.
create index event_by_start on event (starts_at, id);
create index event_by_start_date on event (starts_on);
create index event_by_updated_at on event (updated_at);
create index event_by_coalition on event (coalition_id, starts_at);
create index event_by_location_country on event (location_country_code);

create table participant (
    event_id uuid not null references event (id) on delete cascade,
    country_code varchar(2) not null,
    role varchar(16) not null,
    attendance varchar(16) not null,
    represented_by varchar(200),
    notes varchar(4000),
    sources jsonb not null default '[]',
    version bigint not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    primary key (event_id, country_code)
);
-- The country filter: the events a country takes part in.
create index participant_by_country on participant (country_code, event_id);
