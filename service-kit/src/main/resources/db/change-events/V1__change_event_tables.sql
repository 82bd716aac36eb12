-- The change-event tables of every service (docs/change-events.md), exactly as the services'
-- own migrations created them before the kit owned them, so that such a database is adopted at
-- this version (kit.events.schema.ChangeEventSchema) and ends with the same schema as a new one.
-- The transactional outbox, written in the same transaction as every change and emptied by the
-- relay once Kafka acknowledged each row:
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

-- The read copies of other services' aggregates, filled by the consumer; each service adds the
-- indexes on state that its queries need, in its own migrations.
create table read_copy (
    topic varchar(100) not null,
    aggregate_key varchar(200) not null,
    version bigint not null,
    state jsonb,
    received_at timestamptz not null,
    primary key (topic, aggregate_key)
);

-- The version of the last tombstone published per key (kit.events.Tombstones): an aggregate
-- created again under a deleted one's key continues after it, so that the read copies, which
-- keep each tombstone's version, take the new aggregate for newer and not for a replay.
create table tombstone (
    topic varchar(100) not null,
    aggregate_key varchar(200) not null,
    version bigint not null,
    deleted_at timestamptz not null,
    primary key (topic, aggregate_key)
);
