-- Rows for the events-service dump: domain rows, pending outbox rows (an upsert and a
-- deletion), read copies of the three topics the service consumes (one a deletion, kept with a
-- null state), and tombstones.
insert into event (id, title, kind, format, status, starts_at, starts_on, ends_at, time_zone, location_venue, location_city,
                   location_country_code, coalition_id, summary, sources, version, created_at, updated_at, updated_by) values
    ('9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', 'Leaders meeting in Paris', 'LEADERS_SUMMIT', 'HYBRID', 'HELD',
     '2025-03-27 09:00:00+00', '2025-03-27', '2025-03-27 15:00:00+00', 'Europe/Paris', 'Élysée Palace', 'Paris', 'FR',
     'coalition-of-the-willing', 'Security guarantees.', '[{"title": "Communiqué", "publisher": "Élysée"}]',
     2, '2025-03-20 10:00:00+00', '2025-03-28 10:00:00+00', 'editor-1'),
    ('4e2f9a4d-4c3a-4d84-8fa1-8a1d6c5b4e33', 'Defence ministers call', 'CALL', 'VIRTUAL', 'ANNOUNCED',
     '2025-04-10 14:00:00+00', '2025-04-10', null, 'UTC', null, null, null, null, null, '[]',
     0, '2025-04-01 10:00:00+00', '2025-04-01 10:00:00+00', null);

insert into participant (event_id, country_code, role, attendance, represented_by, notes, sources, version, created_at, updated_at, updated_by) values
    ('9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', 'FR', 'HOST', 'IN_PERSON', 'President', null, '[]', 0,
     '2025-03-20 10:00:00+00', '2025-03-20 10:00:00+00', 'editor-1'),
    ('9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', 'GB', 'CO_CHAIR', 'IN_PERSON', 'Prime Minister', 'Arrived late.', '[]', 1,
     '2025-03-20 10:00:00+00', '2025-03-27 10:00:00+00', 'editor-1');

insert into outbox (event_id, topic, aggregate_key, aggregate_version, event_type, payload, actor, occurred_at) values
    ('8b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', 'coalition-tracker.events', '9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', 2,
     'org.coalitiontracker.event.upserted',
     '{"id":"9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22","title":"Leaders meeting in Paris","status":"HELD","version":2}',
     'editor-1', '2025-03-28 10:00:00+00'),
    ('9c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f', 'coalition-tracker.events', '5f3a0b5e-5d4b-4e95-9ab2-9b2e7d6c5f44', 1,
     'org.coalitiontracker.event.deleted', null, 'editor-2', '2025-03-29 10:00:00+00');

insert into read_copy (topic, aggregate_key, version, state, received_at) values
    ('coalition-tracker.countries', 'FR', 0,
     '{"code": "FR", "alpha3": "FRA", "name": "France", "aliases": [], "blocs": ["EU", "NATO"], "version": 0}', '2025-03-01 10:00:00+00'),
    ('coalition-tracker.countries', 'GB', 0,
     '{"code": "GB", "alpha3": "GBR", "name": "United Kingdom", "aliases": ["UK"], "blocs": ["NATO"], "version": 0}', '2025-03-01 10:00:00+00'),
    ('coalition-tracker.memberships', 'coalition-of-the-willing/GB', 1,
     '{"coalitionId": "coalition-of-the-willing", "countryCode": "GB", "role": "LEAD", "status": "ACTIVE", "version": 1}', '2025-03-10 12:00:01+00'),
    ('coalition-tracker.memberships', 'coalition-of-the-willing/DE', 3, null, '2025-03-14 12:00:01+00'),
    ('coalition-tracker.commitments', '2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00', 2,
     '{"id": "2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00", "countryCode": "GB", "coalitionId": "coalition-of-the-willing", "announcedAtEventId": "9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22", "category": "GROUND_FORCES", "status": "PLEDGED", "version": 2}',
     '2025-03-20 10:00:00+00');

insert into tombstone (topic, aggregate_key, version, deleted_at) values
    ('coalition-tracker.events', '5f3a0b5e-5d4b-4e95-9ab2-9b2e7d6c5f44', 1, '2025-03-29 10:00:00+00');
