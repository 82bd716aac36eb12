package org.coalitiontracker.kit.tests;

import static org.coalitiontracker.kit.tests.WidgetCalls.TOPIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.FinishedSpans;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.TopicReader;
import org.coalitiontracker.testing.TracingProfile;
import org.junit.jupiter.api.Test;

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

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aWriteTheRelaysPublishAndTheConsumersApplyAreOneTrace() {
        String key = "traced";
        WidgetCalls.put(key, "followed across the outbox");

        SpanData write = FinishedSpans.await(spans, SpanKind.SERVER, "PUT /widgets/{key}", null);
        SpanData publish = FinishedSpans.await(spans, SpanKind.PRODUCER, "publish " + TOPIC, key);
        SpanData apply = FinishedSpans.await(spans, SpanKind.CONSUMER, "apply " + TOPIC, key);
        assertEquals(write.getTraceId(), publish.getTraceId(), "the publish continues the write's trace (from the outbox row)");
        assertEquals(write.getSpanId(), publish.getParentSpanId(), "the row kept the context of the write's span");
        assertEquals(write.getTraceId(), apply.getTraceId(), "the apply continues the trace (from the record)");
        assertEquals(publish.getSpanId(), apply.getParentSpanId(), "the record carried the publish span's context");
        assertTrue(apply.getParentSpanContext().isRemote(), "the apply's parent came over Kafka");

        // On the record, in both forms: W3C's own header and the CloudEvents distributed-tracing extension.
        ConsumerRecord<String, byte[]> record = TopicReader.await(TOPIC, r -> key.equals(r.key()), 1).get(0);
        assertEquals(FinishedSpans.traceParent(publish), TopicReader.header(record, "traceparent"));
        assertEquals(FinishedSpans.traceParent(publish), TopicReader.header(record, CloudEventHeaders.TRACE_PARENT));

        FinishedSpans.print(List.of(write, publish, apply));
    }
}
