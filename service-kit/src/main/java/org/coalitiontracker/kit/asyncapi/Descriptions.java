package org.coalitiontracker.kit.asyncapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The parts of every service's AsyncAPI document that are the kit's: the envelope and its headers. */
final class Descriptions {

    static final String DOCUMENT = """
            Every change to an aggregate this service owns is published on its topic through a
            transactional outbox. Each topic is compacted and keyed by the aggregate's id; the value is
            the aggregate's full current state, the same JSON as its HTTP representation (the payload
            schemas here are the component schemas of this service's OpenAPI document at /q/openapi);
            a delete is a tombstone (null value).

            The envelope is CloudEvents 1.0 in the Kafka binary mode: the attributes are `ce_*`
            headers, the value is the data. `ce_aggregateversion` is the aggregate's version (its HTTP
            `ETag`); consumers apply a state only if its version is newer than the one they hold.
            `ce_actor` says who made the change: the subject (`sub`) of the bearer token the write was
            made with (absent for changes made without a request, such as data loaded by a
            migration). The state's `updatedBy` is the same person. Where tracing is on, `traceparent`
            and `ce_traceparent` (the CloudEvents distributed-tracing extension) carry the W3C trace
            context of the publish, which continues the trace of the write.

            The topics this service consumes are listed too, each with the fields of the owner's
            payload that this service reads (`x-reads`). A record it cannot read goes to
            `<topic>.dead-letter` with the `dlt_*` headers.""";

    private static final String CLOUD_EVENT_HEADERS = """
            {"type": "object",
             "description": "CloudEvents 1.0 attributes, Kafka binary mode: each a header whose value is UTF-8 text.",
             "required": ["ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "ce_subject", "ce_aggregateversion"],
             "properties": {
               "ce_specversion": {"type": "string", "const": "1.0", "description": "CloudEvents version."},
               "ce_id": {"type": "string", "format": "uuid", "description": "Unique id of this event."},
               "ce_source": {"type": "string", "examples": ["/orders-service"], "description": "The publishing service."},
               "ce_type": {"type": "string", "pattern": "^org\\\\.coalitiontracker\\\\.[a-z]+\\\\.(upserted|deleted)$",
                           "description": "`org.coalitiontracker.<aggregate>.upserted` or `.deleted`."},
               "ce_time": {"type": "string", "format": "date-time", "description": "When the change was committed."},
               "ce_subject": {"type": "string", "description": "The aggregate's key, the same as the record's key."},
               "ce_aggregateversion": {"type": "string", "pattern": "^[0-9]+$", "examples": ["3"],
                                       "description": "The aggregate's version after the change (its ETag)."},
               "ce_actor": {"type": "string", "examples": ["newsroom-importer"],
                            "description": "Who made the change: the subject (`sub`) of the bearer token of the write. Absent for changes made without a request (data loaded by a migration)."},
               "ce_traceparent": {"type": "string", "pattern": "^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$",
                                  "description": "CloudEvents distributed-tracing extension: the W3C trace context of the publish, a child of the write's. Absent while tracing is off."},
               "traceparent": {"type": "string", "pattern": "^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$",
                               "description": "The same W3C trace context under its own name, as OpenTelemetry's Kafka instrumentation reads it."},
               "content-type": {"type": "string", "const": "application/json", "description": "The value's media type; absent on a tombstone, which has no value."}
             }}""";

    private static final String DEAD_LETTER_HEADERS = """
            {"type": "object",
             "description": "The original record's headers, and where it came from and why it could not be applied.",
             "required": ["dlt_origin_topic", "dlt_origin_partition", "dlt_origin_offset", "dlt_error"],
             "properties": {
               "dlt_origin_topic": {"type": "string", "description": "Topic the record was read from."},
               "dlt_origin_partition": {"type": "string", "description": "Its partition."},
               "dlt_origin_offset": {"type": "string", "description": "Its offset."},
               "dlt_error": {"type": "string", "description": "Why it could not be applied."}
             }}""";

    private Descriptions() {
    }

    static ObjectNode cloudEventHeaders(ObjectMapper mapper) {
        return parse(mapper, CLOUD_EVENT_HEADERS);
    }

    static ObjectNode deadLetterHeaders(ObjectMapper mapper) {
        return parse(mapper, DEAD_LETTER_HEADERS);
    }

    private static ObjectNode parse(ObjectMapper mapper, String json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The kit's own AsyncAPI parts are not JSON", e);
        }
    }
}
