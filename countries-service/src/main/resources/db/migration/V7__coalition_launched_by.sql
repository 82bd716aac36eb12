-- The day a coalition's launch counts from (the kit's partial-date rule), for asOf on the
-- coalition list: a coalition launched "2025-02" stands from 2025-02-28.
alter table coalition add column launched_by date generated always as (partial_date_last_day(launched_on)) stored;
