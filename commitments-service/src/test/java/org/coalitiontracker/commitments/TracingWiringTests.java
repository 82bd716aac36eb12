package org.coalitiontracker.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.FinishedSpans;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.Topics;
import org.coalitiontracker.testing.TracingProfile;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * commitments-service's part of a change's trace (docs/change-events.md, "Traces"): a membership
 * record as countries-service publishes it, carrying its publish span's context in
 * {@code traceparent} (countries-service's {@code TracingWiringTests} shows that it does), is
 * applied to the copy in a span that continues that trace, as the publish span's child.
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class TracingWiringTests {

    /** A publish span of countries-service, as its relay would put it on the record. */
    private static final String TRACE_ID = "5b8efff798038103d269b633813fc60c";
    private static final String PUBLISH_SPAN_ID = "eee19b7ec3c1b174";

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theApplyOfAMembershipContinuesTheTraceItsRecordCarries() {
        String coalition = "traced-apply";
        String key = coalition + "/FR";
        long version = ReadCopySeeds.nextVersion();
        ObjectNode state = (ObjectNode) ReadCopySeeds.parse(ReadCopySeeds.membershipJson(coalition, "FR", "ACTIVE"));
        state.put("version", version);
        ProducerRecord<String, byte[]> record = ReadCopySeeds.record(Topics.MEMBERSHIPS, key, version,
                state.toString().getBytes(StandardCharsets.UTF_8));
        String traceParent = "00-" + TRACE_ID + "-" + PUBLISH_SPAN_ID + "-01";
        record.headers().add("traceparent", traceParent.getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.put(record.headers(), CloudEventHeaders.TRACE_PARENT, traceParent);
        ReadCopySeeds.sendAndAwaitConsumed(record);

        SpanData apply = FinishedSpans.await(spans, SpanKind.CONSUMER, "apply " + Topics.MEMBERSHIPS.topicName(), key);
        assertEquals(TRACE_ID, apply.getTraceId());
        assertEquals(PUBLISH_SPAN_ID, apply.getParentSpanId(), "the apply is the publish span's child");
        assertEquals("commitments-service", FinishedSpans.serviceName(apply));
        // The copy it filled is what a write is checked against.
        CommitmentJson.groundForces(coalition).create();
        FinishedSpans.print(List.of(apply));
    }

    /** Quarkus' SDK exports to every {@code SpanExporter} bean (test-support is no bean archive, so it is here). */
    static class SpanCapture {

        @Produces
        @Singleton
        InMemorySpanExporter spans() {
            return InMemorySpanExporter.create();
        }
    }
}
