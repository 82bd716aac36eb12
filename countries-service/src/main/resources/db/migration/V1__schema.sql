-- unaccent makes country search accent-insensitive ("turkiye" finds "Türkiye"); it is a
-- trusted extension, so the database owner can create it without superuser rights.
create extension if not exists unaccent;

-- Codes are varchar rather than char(n): they are always exactly as long as their check says, and
-- Hibernate binds a batch of char values as an array of PostgreSQL's one-byte "char" type.
create table country (
    code varchar(2) primary key check (code ~ '^[A-Z]{2}$'),
    alpha3 varchar(3) not null unique check (alpha3 ~ '^[A-Z]{3}$'),
    name varchar(100) not null,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table country_alias (
    country_code varchar(2) not null references country (code) on delete cascade,
    alias varchar(100) not null,
    primary key (country_code, alias)
);

create table country_bloc (
    country_code varchar(2) not null references country (code) on delete cascade,
    bloc varchar(16) not null,
    primary key (country_code, bloc)
);
create index country_bloc_by_bloc on country_bloc (bloc, country_code);

create table coalition (
    id varchar(64) primary key,
    name varchar(200) not null,
    description varchar(4000),
    launched_on date,
    sources jsonb not null default '[]',
    version bigint not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index coalition_by_updated_at on coalition (updated_at);

-- A country's membership of a coalition, time-bounded. It cannot outlive its coalition; a
-- country is reference data and is never deleted while memberships name it.
create table membership (
    coalition_id varchar(64) not null references coalition (id) on delete cascade,
    country_code varchar(2) not null references country (code),
    role varchar(16) not null,
    status varchar(16) not null,
    joined_on date,
    left_on date,
    stances jsonb not null default '[]',
    notes varchar(4000),
    sources jsonb not null default '[]',
    version bigint not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    primary key (coalition_id, country_code),
    constraint membership_left_on_not_before_joined_on check (left_on >= joined_on)
);
create index membership_by_country on membership (country_code);
create index membership_by_role on membership (coalition_id, role, country_code);
create index membership_by_status on membership (coalition_id, status, country_code);
create index membership_by_period on membership (coalition_id, joined_on, left_on);
create index membership_by_updated_at on membership (updated_at);
