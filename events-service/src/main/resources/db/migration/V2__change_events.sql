-- Change events (see docs/change-events.md): the transactional outbox, written in the same
-- transaction as every change and emptied by the relay once Kafka acknowledged each row, and
-- the read copies of other services' aggregates, filled by the consumer.
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

-- The commitments announced at an event (GET /events/{id}/commitments), from the copy.
create index read_copy_commitments_by_event on read_copy ((state ->> 'announcedAtEventId'))
    where topic = 'coalition-tracker.commitments';
