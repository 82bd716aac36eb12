package org.coalitiontracker.kit.tests;

import static org.coalitiontracker.kit.tests.WidgetCalls.TOPIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.kit.tests.app.WidgetContract;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OutboxRows;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.TopicReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Without a collector named, as in the local suite: the SDK is off, no span is exported, a write's
 * record carries no trace context, and the change still travels to the read copy.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = HttpPortResource.class, scope = TestResourceScope.GLOBAL)
class TracingOffTests {

    @ConfigProperty(name = "quarkus.otel.sdk.disabled")
    boolean sdkDisabled;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void withNoCollectorNamedNoSpanIsRecordedAndRecordsCarryNoTraceContext() {
        assertTrue(sdkDisabled, "quarkus.otel.sdk.disabled, as the kit's switch sets it without a collector");

        String key = "untraced";
        WidgetCalls.put(key, "no trace");
        OutboxRows.awaitEmpty();
        ReadCopySeeds.awaitCopy(WidgetContract.TOPIC, key, Optional.of(ReadCopySeeds.parse(
                TopicReader.value(WidgetCalls.records(key).get(0)))));
        ConsumerRecord<String, byte[]> record = TopicReader.await(TOPIC, r -> key.equals(r.key()), 1).get(0);
        assertNull(record.headers().lastHeader("traceparent"));
        assertNull(record.headers().lastHeader(CloudEventHeaders.TRACE_PARENT));
        assertEquals(List.of(), spans.getFinishedSpanItems());
    }
}
