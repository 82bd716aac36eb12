-- The kit's change-event tables, as every service creates them today (outbox, read_copy,
-- tombstone). To be replaced by the kit's own Flyway location once it ships one.
create table outbox (
    id bigserial primary key,
    event_id uuid not null,
    topic varchar(100) not null,
    aggregate_key varchar(200) not null,
    aggregate_version bigint not null,
    event_type varchar(200) not null,
    payload text,
    actor varchar(200),
    occurred_at timestamptz not null
);

create table read_copy (
    topic varchar(100) not null,
    aggregate_key varchar(200) not null,
    version bigint not null,
    state jsonb,
    received_at timestamptz not null,
    primary key (topic, aggregate_key)
);

create table tombstone (
    topic varchar(100) not null,
    aggregate_key varchar(200) not null,
    version bigint not null,
    deleted_at timestamptz not null,
    primary key (topic, aggregate_key)
);
