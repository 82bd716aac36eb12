-- Traces across services (docs/change-events.md, "Traces"): an outbox row keeps the W3C trace
-- context of the transaction that wrote it, so that the relay's publish, which runs later on a
-- thread of its own, continues the trace of the HTTP write instead of starting one of its own.
-- A `traceparent` value (version-traceid-spanid-flags, 55 characters); null when tracing is off
-- or the write had no trace, and for every row written before this column existed.
alter table outbox add column traceparent varchar(55);
