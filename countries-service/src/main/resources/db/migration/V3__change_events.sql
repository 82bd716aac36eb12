-- The outbox and read_copy tables this migration created are the kit's now (service-kit
-- db/change-events, docs/change-events.md "Schema"): they exist before this migration runs.

-- A member's commitments and the events it took part in, from the copies.
create index read_copy_commitments_by_member on read_copy ((state ->> 'coalitionId'), (state ->> 'countryCode'))
    where topic = 'coalition-tracker.commitments';
create index read_copy_events_by_participant on read_copy using gin ((state -> 'participants') jsonb_path_ops)
    where topic = 'coalition-tracker.events';

-- The reference countries were loaded by V2, without events: publish each once, in the shape
-- of GET /countries/{code}, so that the other services' copies hold every country.
insert into outbox (event_id, topic, aggregate_key, aggregate_version, event_type, payload, occurred_at)
select gen_random_uuid(), 'coalition-tracker.countries', c.code, c.version, 'org.coalitiontracker.country.upserted',
       jsonb_build_object(
           'code', c.code,
           'alpha3', c.alpha3,
           'name', c.name,
           'aliases', coalesce((select jsonb_agg(a.alias order by a.alias) from country_alias a where a.country_code = c.code), '[]'::jsonb),
           'blocs', coalesce((select jsonb_agg(b.bloc order by b.bloc) from country_bloc b where b.country_code = c.code), '[]'::jsonb),
           'version', c.version,
           'createdAt', c.created_at,
           'updatedAt', c.updated_at)::text,
       now()
from country c
order by c.code;
