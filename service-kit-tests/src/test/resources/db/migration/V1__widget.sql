-- The test aggregate: a key chosen by the client (so that a deleted key can be created again),
-- one field, and what every versioned record has (kit.persistence.VersionedEntity).
create table widget (
    widget_key varchar(200) primary key,
    name varchar(200) not null,
    version bigint not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    updated_by varchar(200)
);
