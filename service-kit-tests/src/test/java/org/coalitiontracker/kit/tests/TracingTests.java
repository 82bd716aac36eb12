package org.coalitiontracker.kit.tests;

import static org.coalitiontracker.kit.tests.WidgetCalls.TOPIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OutboxRows;
import org.coalitiontracker.testing.TopicReader;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * One trace from the HTTP write through the outbox row, the relay's publish and the Kafka record
 * to the consumer's apply (docs/change-events.md, "Traces"). The test application publishes the
 * widget topic and keeps a read copy of it, so both ends run here.
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = HttpPortResource.class, scope = TestResourceScope.GLOBAL)
class TracingTests {

    private static final AttributeKey<String> MESSAGE_KEY = AttributeKey.stringKey("messaging.kafka.message.key");
    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aWriteTheRelaysPublishAndTheConsumersApplyAreOneTrace() {
        String key = "traced";
        WidgetCalls.put(key, "followed across the outbox");
        OutboxRows.awaitEmpty();

        Await.until(() -> {
            assertTrue(span(SpanKind.SERVER, "PUT /widgets/{key}").isPresent(), "the HTTP write's span");
            assertTrue(messaging(SpanKind.PRODUCER, "publish " + TOPIC, key).isPresent(), "the relay's publish span");
            assertTrue(messaging(SpanKind.CONSUMER, "apply " + TOPIC, key).isPresent(), "the consumer's apply span");
        });
        SpanData write = span(SpanKind.SERVER, "PUT /widgets/{key}").orElseThrow();
        SpanData publish = messaging(SpanKind.PRODUCER, "publish " + TOPIC, key).orElseThrow();
        SpanData apply = messaging(SpanKind.CONSUMER, "apply " + TOPIC, key).orElseThrow();

        assertEquals(write.getTraceId(), publish.getTraceId(), "the publish continues the write's trace (from the outbox row)");
        assertEquals(write.getSpanId(), publish.getParentSpanId(), "the row kept the context of the write's span");
        assertEquals(write.getTraceId(), apply.getTraceId(), "the apply continues the trace (from the record)");
        assertEquals(publish.getSpanId(), apply.getParentSpanId(), "the record carried the publish span's context");
        assertTrue(apply.getParentSpanContext().isRemote(), "the apply's parent came over Kafka");

        // On the record, in both forms: W3C's own header and the CloudEvents distributed-tracing extension.
        ConsumerRecord<String, byte[]> record = TopicReader.await(TOPIC, r -> key.equals(r.key()), 1).get(0);
        String traceParent = "00-" + publish.getTraceId() + "-" + publish.getSpanId() + "-" + publish.getSpanContext().getTraceFlags().asHex();
        assertEquals(traceParent, TopicReader.header(record, "traceparent"));
        assertEquals(traceParent, TopicReader.header(record, CloudEventHeaders.TRACE_PARENT));

        print(List.of(write, publish, apply));
    }

    private Optional<SpanData> span(SpanKind kind, String name) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getKind() == kind && s.getName().equals(name)).findFirst();
    }

    private Optional<SpanData> messaging(SpanKind kind, String name, String key) {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == kind && s.getName().equals(name) && key.equals(s.getAttributes().get(MESSAGE_KEY)))
                .findFirst();
    }

    /** The trace as a viewer would show it, for the record of what a trace looks like. */
    private static void print(List<SpanData> trace) {
        long start = trace.stream().mapToLong(SpanData::getStartEpochNanos).min().orElseThrow();
        System.out.println("Trace " + trace.get(0).getTraceId() + ":");
        trace.stream().sorted(Comparator.comparingLong(SpanData::getStartEpochNanos)).forEach(s -> System.out.printf(
                "  %-14s %-9s %-32s span %s parent %s  +%.1f ms, %.1f ms%n", s.getResource().getAttribute(SERVICE_NAME), s.getKind(),
                s.getName(), s.getSpanId(), s.getParentSpanId(), (s.getStartEpochNanos() - start) / 1e6,
                TimeUnit.NANOSECONDS.toMicros(s.getEndEpochNanos() - s.getStartEpochNanos()) / 1e3));
    }
}
