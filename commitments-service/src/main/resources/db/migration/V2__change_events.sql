-- The outbox and read_copy tables this migration created are the kit's now (service-kit
-- db/change-events, docs/change-events.md "Schema"): they exist before this migration runs.

-- No JSON-field index: every lookup here (a membership to confirm, the country names and
-- event titles of a page) is by topic and key, which the primary key serves.
