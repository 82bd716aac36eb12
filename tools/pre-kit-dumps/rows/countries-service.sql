-- Rows for the countries-service dump, written on top of what its migrations already hold (the
-- reference countries, and their backfill in the outbox). Every table gets some: domain rows, a
-- pending outbox row of a write, read copies of both topics the service consumes (one a
-- deletion, kept with a null state), and tombstones.
insert into coalition (id, name, description, launched_on, sources, version, created_at, updated_at, updated_by) values
    ('coalition-of-the-willing', 'Coalition of the Willing', 'Security guarantees for Ukraine.', '2025-03-02',
     '[{"title": "Leaders meet in London", "publisher": "UK Government", "url": "https://www.gov.uk/", "publishedOn": "2025-03-02"}]',
     3, '2025-03-02 12:00:00+00', '2025-04-10 09:30:00+00', 'editor-1'),
    ('northern-group', 'Northern Group', null, null, '[]', 0, '2025-05-01 08:00:00+00', '2025-05-01 08:00:00+00', null);

insert into membership (coalition_id, country_code, role, status, joined_on, left_on, stances, notes, sources, version, created_at, updated_at, updated_by) values
    ('coalition-of-the-willing', 'GB', 'LEAD', 'ACTIVE', '2025-03-02', null,
     '[{"topic": "GROUND_TROOPS_IN_UKRAINE", "position": "CONDITIONAL", "note": "after a ceasefire"}]', 'Co-chair.', '[]',
     1, '2025-03-02 12:00:00+00', '2025-03-10 12:00:00+00', 'editor-1'),
    ('coalition-of-the-willing', 'FR', 'LEAD', 'ACTIVE', '2025-03-02', null, '[]', null, '[]',
     0, '2025-03-02 12:00:00+00', '2025-03-02 12:00:00+00', 'editor-1'),
    ('coalition-of-the-willing', 'TR', 'PARTNER', 'PROSPECTIVE', null, null, '[]', null, '[]',
     4, '2025-03-15 12:00:00+00', '2025-03-15 12:00:00+00', 'editor-2'),
    ('northern-group', 'NO', 'MEMBER', 'ACTIVE', '2025-05-01', '2025-09-30', '[]', null, '[]',
     0, '2025-05-01 08:00:00+00', '2025-05-01 08:00:00+00', null);

insert into outbox (event_id, topic, aggregate_key, aggregate_version, event_type, payload, actor, occurred_at) values
    ('6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e', 'coalition-tracker.memberships', 'coalition-of-the-willing/TR', 4,
     'org.coalitiontracker.membership.upserted',
     '{"coalitionId":"coalition-of-the-willing","countryCode":"TR","role":"PARTNER","status":"PROSPECTIVE","version":4}',
     'editor-2', '2025-03-15 12:00:00+00'),
    ('7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', 'coalition-tracker.memberships', 'coalition-of-the-willing/DE', 3,
     'org.coalitiontracker.membership.deleted', null, 'editor-2', '2025-03-14 12:00:00+00');

insert into read_copy (topic, aggregate_key, version, state, received_at) values
    ('coalition-tracker.commitments', '2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00', 2,
     '{"id": "2b9e6c1a-1f0d-4a51-9c7e-5d8a3f2e1b00", "countryCode": "GB", "coalitionId": "coalition-of-the-willing", "category": "GROUND_FORCES", "status": "PLEDGED", "version": 2}',
     '2025-03-20 10:00:00+00'),
    ('coalition-tracker.commitments', '3c0f7d2b-2a1e-4b62-8d8f-6e9b4a3f2c11', 1, null, '2025-03-21 10:00:00+00'),
    ('coalition-tracker.events', '9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22', 0,
     '{"id": "9d1e8f3c-3b2f-4c73-9e90-7f0c5b4a3d22", "title": "Leaders meeting in Paris", "startsAt": "2025-03-27T09:00:00Z", "coalitionId": "coalition-of-the-willing", "participants": [{"countryCode": "FR", "role": "HOST", "attendance": "IN_PERSON"}, {"countryCode": "GB", "role": "CO_CHAIR", "attendance": "IN_PERSON"}], "version": 0}',
     '2025-03-22 10:00:00+00');

insert into tombstone (topic, aggregate_key, version, deleted_at) values
    ('coalition-tracker.memberships', 'coalition-of-the-willing/DE', 3, '2025-03-14 12:00:00+00'),
    ('coalition-tracker.coalitions', 'old-coalition', 5, '2025-02-01 12:00:00+00');
