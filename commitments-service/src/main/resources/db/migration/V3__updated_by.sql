-- Who made the last change to a commitment: the subject of the bearer token of the write (see
-- README "Security"); commitment_version.changed_by records it for every version. Empty for
-- commitments written before writes were authenticated.
alter table commitment add column updated_by varchar(200);
