-- The same migration once the kit owns the tables: only the service's index stays.
create index read_copy_by_name on read_copy ((state ->> 'name'));
