package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.Topics;
import org.coalitiontracker.testing.TopicReader;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * countries-service's part of a change's trace (docs/change-events.md, "Traces"): a membership
 * written over HTTP is published in a span of the same trace, and its record carries that span's
 * context for the services that keep a copy. The apply on the other side is the kit's
 * ({@code service-kit-tests}' {@code TracingTests}).
 */
@QuarkusTest
@TestProfile(TracingWiringTests.Traced.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class TracingWiringTests {

    private static final AttributeKey<String> MESSAGE_KEY = AttributeKey.stringKey("messaging.kafka.message.key");
    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aMembershipWriteAndItsPublishAreOneTraceAndTheRecordCarriesIt() {
        String id = "traced-coalition";
        given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"Traced\"}".formatted(id)).post("/coalitions").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"joinedOn\": \"2025-03-02\"}")
                .put("/coalitions/" + id + "/members/FR").then().statusCode(201);

        String topic = Topics.MEMBERSHIPS.topicName();
        SpanData publish = awaitSpan(SpanKind.PRODUCER, "publish " + topic, id + "/FR");
        SpanData write = awaitSpan(SpanKind.SERVER, "PUT /coalitions/{id}/members/{countryCode}", null);
        assertEquals(write.getTraceId(), publish.getTraceId());
        assertEquals(write.getSpanId(), publish.getParentSpanId(), "the outbox row kept the write's context");
        assertEquals("countries-service", publish.getResource().getAttribute(SERVICE_NAME));

        ConsumerRecord<String, byte[]> record = TopicReader.await(topic, r -> (id + "/FR").equals(r.key()), 1).get(0);
        String traceParent = "00-" + publish.getTraceId() + "-" + publish.getSpanId() + "-" + publish.getSpanContext().getTraceFlags().asHex();
        assertEquals(traceParent, TopicReader.header(record, "traceparent"));
        assertEquals(traceParent, TopicReader.header(record, CloudEventHeaders.TRACE_PARENT));
    }

    /** Spans reach the exporter in batches, after they end (the publish's when the broker acknowledged). */
    private SpanData awaitSpan(SpanKind kind, String name, String key) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            Optional<SpanData> span = span(kind, name, key);
            if (span.isPresent()) {
                return span.get();
            }
            if (System.nanoTime() > deadline) {
                return fail("no " + kind + " span " + name + " among " + spans.getFinishedSpanItems());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Optional<SpanData> span(SpanKind kind, String name, String key) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getKind() == kind && s.getName().equals(name))
                .filter(s -> key == null || key.equals(s.getAttributes().get(MESSAGE_KEY))).findFirst();
    }

    /** The SDK on, its spans kept in memory (no collector to send to). */
    public static class Traced implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.exporter.otlp.enabled", "false",
                    "quarkus.otel.bsp.schedule.delay", "50ms");
        }
    }

    /** Quarkus' SDK exports to every {@code SpanExporter} bean. */
    static class SpanCapture {

        @Produces
        @Singleton
        InMemorySpanExporter spans() {
            return InMemorySpanExporter.create();
        }
    }
}
