-- A commitment as it stands now. Enumerations are stored by name; money as an exact numeric
-- with its ISO 4217 code (never a float); conditions as an array so that "has condition X" is
-- one indexed test.
create table commitment (
    id uuid primary key,
    country_code char(2) not null,
    coalition_id varchar(64) not null,
    category varchar(40) not null,
    status varchar(40) not null,
    description varchar(4000),
    personnel integer check (personnel >= 0),
    amount numeric(19, 4) check (amount > 0),
    currency char(3),
    conditions varchar(40)[] not null default '{}',
    condition_note varchar(2000),
    stationed_in char(2),
    announced_at_event_id uuid,
    announced_on date,
    sources jsonb not null default '[]',
    version bigint not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint commitment_amount_has_currency check ((amount is null) = (currency is null))
);
create index commitment_by_country on commitment (country_code);
create index commitment_by_coalition on commitment (coalition_id);
create index commitment_by_category on commitment (category);
create index commitment_by_status on commitment (status);
create index commitment_by_condition on commitment using gin (conditions);
create index commitment_by_stationed_in on commitment (stationed_in);
create index commitment_by_event on commitment (announced_at_event_id);
create index commitment_by_updated_at on commitment (updated_at);
create index commitment_in_list_order on commitment (announced_on, id);

-- Every version of every commitment: the full state after each create or change, so that
-- "what stood on a date" is a query over the same columns. Deleting a commitment deletes its
-- history. changed_by stays empty until requests are authenticated.
create table commitment_version (
    commitment_id uuid not null references commitment (id) on delete cascade,
    version bigint not null,
    changed_at timestamptz not null,
    changed_by varchar(200),
    changed_fields jsonb not null,
    created_at timestamptz not null,
    country_code char(2) not null,
    coalition_id varchar(64) not null,
    category varchar(40) not null,
    status varchar(40) not null,
    description varchar(4000),
    personnel integer check (personnel >= 0),
    amount numeric(19, 4) check (amount > 0),
    currency char(3),
    conditions varchar(40)[] not null default '{}',
    condition_note varchar(2000),
    stationed_in char(2),
    announced_at_event_id uuid,
    announced_on date,
    sources jsonb not null default '[]',
    primary key (commitment_id, version),
    constraint commitment_version_amount_has_currency check ((amount is null) = (currency is null))
);
create index commitment_version_by_changed_at on commitment_version (changed_at);
create index commitment_version_by_coalition on commitment_version (coalition_id);
create index commitment_version_by_country on commitment_version (country_code);
