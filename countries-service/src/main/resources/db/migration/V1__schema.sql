-- unaccent makes country search accent-insensitive ("turkiye" finds "Türkiye"); it is a
-- trusted extension, so the database owner can create it without superuser rights.
create extension if not exists unaccent;

create table country (
    code char(2) primary key,
    alpha3 char(3) not null unique,
    name varchar(100) not null,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table country_alias (
    country_code char(2) not null references country (code) on delete cascade,
    alias varchar(100) not null,
    primary key (country_code, alias)
);

create table country_bloc (
    country_code char(2) not null references country (code) on delete cascade,
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
