package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.FinishedSpans;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.TopicReader;
import org.coalitiontracker.testing.Topics;
import org.coalitiontracker.testing.TracingProfile;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * countries-service's part of a change's trace (docs/change-events.md, "Traces"): a membership
 * written over HTTP is published in a span of the same trace, and its record carries that span's
 * context to the services that keep a copy. The apply on their side is the kit's
 * ({@code service-kit-tests}' {@code TracingTests}).
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class TracingWiringTests {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aMembershipWriteAndItsPublishAreOneTraceAndTheRecordCarriesIt() {
        String coalition = "traced-coalition";
        String key = coalition + "/FR";
        given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"Traced\"}".formatted(coalition)).post("/coalitions")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"joinedOn\": \"2025-03-02\"}")
                .put("/coalitions/" + coalition + "/members/FR").then().statusCode(201);

        String topic = Topics.MEMBERSHIPS.topicName();
        SpanData write = FinishedSpans.await(spans, SpanKind.SERVER, "PUT /coalitions/{id}/members/{countryCode}", null);
        SpanData publish = FinishedSpans.await(spans, SpanKind.PRODUCER, "publish " + topic, key);
        assertEquals(write.getTraceId(), publish.getTraceId());
        assertEquals(write.getSpanId(), publish.getParentSpanId(), "the outbox row kept the write's context");
        assertEquals("countries-service", FinishedSpans.serviceName(publish));

        ConsumerRecord<String, byte[]> record = TopicReader.await(topic, r -> key.equals(r.key()), 1).get(0);
        assertEquals(FinishedSpans.traceParent(publish), TopicReader.header(record, "traceparent"));
        assertEquals(FinishedSpans.traceParent(publish), TopicReader.header(record, CloudEventHeaders.TRACE_PARENT));
        FinishedSpans.print(List.of(write, publish));
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
