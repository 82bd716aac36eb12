package org.coalitiontracker.kit.events;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * Carries a change's trace from its HTTP write to the read copies of the other services
 * (docs/change-events.md, "Traces"): the outbox row keeps the writing transaction's W3C
 * {@code traceparent}; the relay's publish is a producer span continuing it, and puts its own
 * context on the Kafka record, both as {@code traceparent} (what OpenTelemetry's Kafka
 * instrumentation reads) and as {@code ce_traceparent} (the CloudEvents distributed-tracing
 * extension in binary mode); the consumer's apply is a consumer span continuing the record's.
 *
 * <p>The format is always W3C Trace Context, whatever propagators the service configures: the
 * column and the CloudEvents extension are defined in it. With the SDK disabled (the default when
 * no collector is named) no span is started and a write stores no context; a row or record that
 * carries one still passes it on unchanged, so one service without a collector does not cut the
 * trace of the others. (Quarkus' disabled SDK still makes spans, only exports none: so the kit
 * uses OpenTelemetry's no-op tracer then, which only ever carries on a context it is given.)
 */
@ApplicationScoped
public class ChangeEventTracing {

    static final String INSTRUMENTATION = "org.coalitiontracker.kit.events";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final String TRACE_PARENT = "traceparent";

    private static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    private static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("messaging.operation.type");
    private static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("messaging.operation.name");
    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    private static final AttributeKey<String> MESSAGE_KEY = AttributeKey.stringKey("messaging.kafka.message.key");
    private static final AttributeKey<String> CONSUMER_GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
    private static final AttributeKey<Long> PARTITION = AttributeKey.longKey("messaging.kafka.destination.partition");
    private static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");
    private static final AttributeKey<Long> AGGREGATE_VERSION = AttributeKey.longKey("coalition.aggregate.version");

    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final Tracer tracer;
    private final boolean enabled;

    public ChangeEventTracing(OpenTelemetry openTelemetry, @ConfigProperty(name = "quarkus.otel.sdk.disabled") boolean sdkDisabled) {
        this.enabled = !sdkDisabled;
        this.tracer = (enabled ? openTelemetry : OpenTelemetry.noop()).getTracer(INSTRUMENTATION);
    }

    /** The {@code traceparent} of the current span (the write's), for its outbox row; empty when there is no trace or tracing is off. */
    public Optional<String> currentTraceParent() {
        if (!enabled) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(TRACE_PARENT));
    }

    /**
     * Starts the producer span of an outbox row's record, continuing the row's context, and puts
     * the span's context on the record. The caller ends it with {@link #published}.
     */
    Span publishing(ProducerRecord<String, byte[]> record, String traceParent, String eventId, long version) {
        Span span = tracer.spanBuilder("publish " + record.topic()).setSpanKind(SpanKind.PRODUCER)
                .setParent(extract(traceParent == null ? Map.of() : Map.of(TRACE_PARENT, traceParent)))
                .setAttribute(SYSTEM, "kafka").setAttribute(DESTINATION, record.topic())
                .setAttribute(OPERATION_TYPE, "send").setAttribute(OPERATION_NAME, "publish")
                .setAttribute(MESSAGE_ID, eventId).setAttribute(MESSAGE_KEY, record.key()).setAttribute(AGGREGATE_VERSION, version)
                .startSpan();
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.root().with(span), carrier, Map::put);
        String value = carrier.get(TRACE_PARENT);
        if (value != null) {
            replace(record.headers(), TRACE_PARENT, value);
            replace(record.headers(), CloudEventHeaders.TRACE_PARENT, value);
        }
        return span;
    }

    /** Ends a producer span once the broker answered: acknowledged ({@code failure} null) or not. */
    static void published(Span span, RecordMetadata metadata, Exception failure) {
        if (failure == null) {
            span.setAttribute(PARTITION, (long) metadata.partition());
            span.setAttribute(OFFSET, metadata.offset());
        } else {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, "not acknowledged; the row stays in the outbox");
        }
        span.end();
    }

    /**
     * Runs the apply of one consumed record in a consumer span that continues the record's
     * context ({@code traceparent}, else {@code ce_traceparent}); the span is current meanwhile,
     * so the log lines of the apply carry its trace and span ids.
     */
    void applying(ConsumerRecord<String, byte[]> record, String groupId, Runnable apply) {
        Map<String, String> carrier = new HashMap<>();
        CloudEventHeaders.get(record.headers(), TRACE_PARENT)
                .or(() -> CloudEventHeaders.get(record.headers(), CloudEventHeaders.TRACE_PARENT))
                .ifPresent(value -> carrier.put(TRACE_PARENT, value));
        Span span = tracer.spanBuilder("apply " + record.topic()).setSpanKind(SpanKind.CONSUMER).setParent(extract(carrier))
                .setAttribute(SYSTEM, "kafka").setAttribute(DESTINATION, record.topic())
                .setAttribute(OPERATION_TYPE, "process").setAttribute(OPERATION_NAME, "apply")
                .setAttribute(CONSUMER_GROUP, groupId).setAttribute(PARTITION, (long) record.partition())
                .setAttribute(OFFSET, record.offset()).setAttribute(MESSAGE_KEY, record.key())
                .startSpan();
        CloudEventHeaders.get(record.headers(), CloudEventHeaders.ID).ifPresent(id -> span.setAttribute(MESSAGE_ID, id));
        try (Scope scope = span.makeCurrent()) {
            apply.run();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    private static Context extract(Map<String, String> carrier) {
        return W3C.extract(Context.root(), carrier, FROM_MAP);
    }

    /** A record sent again (after a failed batch) or re-published keeps one value per header. */
    private static void replace(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
