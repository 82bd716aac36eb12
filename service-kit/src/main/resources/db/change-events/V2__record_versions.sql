-- Every version of every aggregate a service owns, as it was published, kept for good: the
-- record's own time axis (kit.history.RecordHistory). Written in the transaction of the change,
-- with the outbox row; a deletion is a version too, with no state. A version's time in the record
-- runs from recorded_at until the next version's recorded_at (superseded_at; null while current).
create table record_version (
    topic varchar(100) not null,
    aggregate_key varchar(200) not null,
    version bigint not null,
    operation varchar(10) not null check (operation in ('CREATED', 'UPDATED', 'DELETED')),
    state jsonb,
    changed_fields text[] not null,
    recorded_at timestamptz not null,
    recorded_by varchar(200),
    superseded_at timestamptz,
    primary key (topic, aggregate_key, version),
    check ((operation = 'DELETED') = (state is null)),
    check (superseded_at is null or superseded_at >= recorded_at)
);

-- "Which versions were current at T" for a whole topic: those recorded by T and not superseded by then.
create index record_version_known_at on record_version (topic, recorded_at, superseded_at);
