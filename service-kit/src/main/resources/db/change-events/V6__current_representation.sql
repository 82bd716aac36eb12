-- The current version of every aggregate a service publishes, as the exact JSON text its change
-- event carried (kit.stored.StoredRepresentations): GET one answers from it without loading the
-- entity. record_version keeps the same state as jsonb, which reorders an object's keys; this
-- keeps the text. Written in the transaction of the change, with the outbox row and the version;
-- a deletion removes the row. `shape` fingerprints the view the text was written from: a row
-- written by a release whose view differs is not used (GET one loads the entity instead) until
-- the aggregate changes again. Empty on a database upgraded to this version: rows appear as
-- aggregates change.
create table current_representation (
    topic varchar(100) not null,
    aggregate_key varchar(200) not null,
    version bigint not null,
    body text not null,
    shape varchar(64) not null,
    primary key (topic, aggregate_key)
);
