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
