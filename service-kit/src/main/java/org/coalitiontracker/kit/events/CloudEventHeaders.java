package org.coalitiontracker.kit.events;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: the event's attributes travel as
 * {@code ce_*} headers and the value is the data itself. {@code ce_aggregateversion} is our
 * extension attribute, the version the consumer compares to keep only newer states.
 * {@code ce_traceparent} is the CloudEvents distributed-tracing extension: the W3C trace context
 * of the publish, which the consumer's apply continues ({@link ChangeEventTracing}).
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String AGGREGATE_VERSION = "ce_aggregateversion";
    public static final String ACTOR = "ce_actor";
    public static final String TRACE_PARENT = "ce_traceparent";
    public static final String CONTENT_TYPE = "content-type";

    /** Dead-letter headers: where the record that could not be applied came from, and why. */
    public static final String ORIGIN_TOPIC = "dlt_origin_topic";
    public static final String ORIGIN_PARTITION = "dlt_origin_partition";
    public static final String ORIGIN_OFFSET = "dlt_origin_offset";
    public static final String ERROR = "dlt_error";

    private CloudEventHeaders() {
    }

    public static void put(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    public static Optional<String> get(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
