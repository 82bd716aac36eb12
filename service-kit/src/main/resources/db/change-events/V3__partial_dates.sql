-- The one rule for a date of reduced precision (kit.time.PartialDate), for SQL: '2025' counts
-- from 2025-12-31, '2025-02' from 2025-02-28, '2025-02-14' from that day. Immutable, so that a
-- generated column or an index can use it; null for null. Only valid texts reach it (the
-- services validate what they store).
create function partial_date_last_day(partial text) returns date
    language sql immutable strict parallel safe
as $$
    select case length(partial)
        when 4 then make_date(substr(partial, 1, 4)::int, 12, 31)
        when 7 then (make_date(substr(partial, 1, 4)::int, substr(partial, 6, 2)::int, 1) + interval '1 month' - interval '1 day')::date
        else make_date(substr(partial, 1, 4)::int, substr(partial, 6, 2)::int, substr(partial, 9, 2)::int)
    end
$$;
