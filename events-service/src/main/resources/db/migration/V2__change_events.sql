-- The outbox and read_copy tables this migration created are the kit's now (service-kit
-- db/change-events, docs/change-events.md "Schema"): they exist before this migration runs.

-- The commitments announced at an event (GET /events/{id}/commitments), from the copy.
create index read_copy_commitments_by_event on read_copy ((state ->> 'announcedAtEventId'))
    where topic = 'coalition-tracker.commitments';
