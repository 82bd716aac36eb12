-- Rows for the commitments-service dump: commitments with their history, pending outbox rows
-- (an upsert and a deletion), read copies of the three topics the service consumes (one a
-- deletion, kept with a null state), and tombstones.
insert into commitment (id, country_code, coalition_id, category, status, description, personnel, amount, currency, conditions,
                        condition_note, stationed_in, announced_at_event_id, announced_on, sources, version, created_at, updated_at, updated_by) values
    ('2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00', 'GB', 'coalition-of-the-willing', 'GROUND_FORCES', 'PLEDGED',
     'A reassurance force.', 10000, null, null, '{US_BACKSTOP,CEASEFIRE}', 'after a ceasefire', 'UA',
     '9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', '2025-03-27', '[{"title": "Statement", "publisher": "No 10"}]',
     2, '2025-03-27 16:00:00+00', '2025-04-02 16:00:00+00', 'editor-1'),
    ('6a4b1c6f-6e5c-4fa6-8bc3-0c3f8e7d6a55', 'FR', 'coalition-of-the-willing', 'FINANCING', 'CONFIRMED',
     null, null, 2500000000.5000, 'EUR', '{}', null, null, null, '2025-04-01', '[]',
     0, '2025-04-01 09:00:00+00', '2025-04-01 09:00:00+00', null);

insert into commitment_version (commitment_id, version, changed_at, changed_by, changed_fields, created_at, country_code, coalition_id,
                                category, status, description, personnel, amount, currency, conditions, condition_note, stationed_in,
                                announced_at_event_id, announced_on, sources, superseded_at) values
    ('2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00', 0, '2025-03-27 16:00:00+00', 'editor-1', '[]', '2025-03-27 16:00:00+00', 'GB',
     'coalition-of-the-willing', 'GROUND_FORCES', 'UNDER_CONSIDERATION', 'A reassurance force.', null, null, null, '{}', null, null,
     '9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', '2025-03-27', '[]', '2025-03-30 16:00:00+00'),
    ('2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00', 1, '2025-03-30 16:00:00+00', 'editor-1', '["status", "personnel"]', '2025-03-27 16:00:00+00', 'GB',
     'coalition-of-the-willing', 'GROUND_FORCES', 'PLEDGED', 'A reassurance force.', 10000, null, null, '{}', null, 'UA',
     '9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', '2025-03-27', '[]', '2025-04-02 16:00:00+00'),
    ('2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00', 2, '2025-04-02 16:00:00+00', 'editor-1', '["conditions", "conditionNote", "sources"]', '2025-03-27 16:00:00+00', 'GB',
     'coalition-of-the-willing', 'GROUND_FORCES', 'PLEDGED', 'A reassurance force.', 10000, null, null, '{US_BACKSTOP,CEASEFIRE}', 'after a ceasefire', 'UA',
     '9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', '2025-03-27', '[{"title": "Statement", "publisher": "No 10"}]', null),
    ('6a4b1c6f-6e5c-4fa6-8bc3-0c3f8e7d6a55', 0, '2025-04-01 09:00:00+00', null, '[]', '2025-04-01 09:00:00+00', 'FR',
     'coalition-of-the-willing', 'FINANCING', 'CONFIRMED', null, null, 2500000000.5000, 'EUR', '{}', null, null,
     null, '2025-04-01', '[]', null);

insert into outbox (event_id, topic, aggregate_key, aggregate_version, event_type, payload, actor, occurred_at) values
    ('ad5e6f7a-8b9c-4dae-8f10-3b4c5d6e7f80', 'coalition-tracker.commitments', '2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00', 2,
     'org.coalitiontracker.commitment.upserted',
     '{"id":"2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00","countryCode":"GB","status":"PLEDGED","version":2}',
     'editor-1', '2025-04-02 16:00:00+00'),
    ('be6f7a8b-9c0d-4ebf-9a21-4c5d6e7f8091', 'coalition-tracker.commitments', '3c0f7d2b-2a1e-4b62-8d8f-6e9b4a3f2c11', 1,
     'org.coalitiontracker.commitment.deleted', null, 'editor-2', '2025-03-21 10:00:00+00');

insert into read_copy (topic, aggregate_key, version, state, received_at) values
    ('coalition-tracker.countries', 'GB', 0,
     '{"code": "GB", "alpha3": "GBR", "name": "United Kingdom", "aliases": ["UK"], "blocs": ["NATO"], "version": 0}', '2025-03-01 10:00:00+00'),
    ('coalition-tracker.memberships', 'coalition-of-the-willing/GB', 1,
     '{"coalitionId": "coalition-of-the-willing", "countryCode": "GB", "role": "LEAD", "status": "ACTIVE", "version": 1}', '2025-03-10 12:00:01+00'),
    ('coalition-tracker.memberships', 'coalition-of-the-willing/DE', 3, null, '2025-03-14 12:00:01+00'),
    ('coalition-tracker.events', '9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', 2,
     '{"id": "9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22", "title": "Leaders meeting in Paris", "startsAt": "2025-03-27T09:00:00Z", "version": 2}',
     '2025-03-28 10:00:01+00');

insert into tombstone (topic, aggregate_key, version, deleted_at) values
    ('coalition-tracker.commitments', '3c0f7d2b-2a1e-4b62-8d8f-6e9b4a3f2c11', 1, '2025-03-21 10:00:00+00');
