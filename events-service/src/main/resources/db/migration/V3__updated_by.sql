-- Who made the last change to a record: the subject of the bearer token of the write (see
-- README "Security"). Empty for records written before writes were authenticated.
alter table event add column updated_by varchar(200);
alter table participant add column updated_by varchar(200);
