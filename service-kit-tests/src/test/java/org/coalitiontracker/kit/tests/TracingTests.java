package org.coalitiontracker.kit.tests;

import static org.coalitiontracker.kit.tests.WidgetCalls.TOPIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.kit.events.ReadCopyConsumer;
import org.coalitiontracker.kit.tests.app.WidgetContract;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.FinishedSpans;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.TopicReader;
import org.coalitiontracker.testing.TracingProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
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
 * widget topic and keeps a read copy of it, so both ends run here. And the log lines written
 * during an apply carry its trace and span ids.
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

    @Test
    void whatTheConsumerLogsWhileApplyingCarriesTheApplysTraceAndSpanIds() {
        // A record that cannot be read, so that the apply logs (its dead-lettering), sent with a trace context of its own.
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        ProducerRecord<String, byte[]> poison = ReadCopySeeds.record(WidgetContract.TOPIC, "traced-poison", 1,
                "not JSON".getBytes(StandardCharsets.UTF_8));
        poison.headers().add("traceparent", ("00-" + traceId + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8));
        List<ExtLogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // Still on the consumer's thread: the MDC is the apply's now, and gone once it ends.
                ExtLogRecord copy = ExtLogRecord.wrap(record);
                copy.copyMdc();
                logged.add(copy);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger consumerLog = Logger.getLogger(ReadCopyConsumer.class.getName());
        consumerLog.addHandler(capture);
        try {
            ReadCopySeeds.send(poison);
            SpanData apply = FinishedSpans.await(spans, SpanKind.CONSUMER, "apply " + TOPIC, "traced-poison");
            assertEquals(traceId, apply.getTraceId());
            ExtLogRecord deadLettered = logged.stream().filter(r -> r.getFormattedMessage().startsWith("Dead-lettered")).findFirst()
                    .orElseThrow(() -> new AssertionError("no dead-letter warning among " + logged));
            assertEquals(traceId, deadLettered.getMdc("traceId"));
            assertEquals(apply.getSpanId(), deadLettered.getMdc("spanId"));
            // The console's format while tracing is on (kit.tracing.TracingSwitch) prints them.
            String line = new PatternFormatter(ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class))
                    .format(deadLettered);
            assertTrue(line.contains("traceId=" + traceId + " spanId=" + apply.getSpanId() + " Dead-lettered"), line);
            System.out.print("A log line of the apply: " + line);
        } finally {
            consumerLog.removeHandler(capture);
        }
    }
}
