-- Who made the last change to a record: the subject of the bearer token of the write (see
-- README "Security"). Empty for records written before writes were authenticated, and for the
-- reference countries, which are loaded by migrations.
alter table country add column updated_by varchar(200);
alter table coalition add column updated_by varchar(200);
alter table membership add column updated_by varchar(200);
