package org.coalitiontracker.suite;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.coalitiontracker.suite.OtlpReceiver.ReceivedSpan;
import org.junit.jupiter.api.Test;

import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.restassured.http.ContentType;

/**
 * One change, one trace, across running services (docs/change-events.md, "Traces"): the suite's
 * three processes export their spans to one collector, as they would to Jaeger in production,
 * and a membership written in countries-service is followed into the copies of the two services
 * that keep one.
 */
class TraceAcrossServicesTests {

    private static final String TOPIC = "coalition-tracker.memberships";
    private static final String KEY_ATTRIBUTE = "messaging.kafka.message.key";

    @Test
    void aMembershipWriteItsPublishAndEveryApplyOfItAreOneTrace() throws Exception {
        try (OtlpReceiver collector = OtlpReceiver.start();
                RunningSuite suite = RunningSuite.start(RunningSuite.settings(RunningSuite.ROOT.resolve("suite/target/suite-" + System.nanoTime()))
                        .withServiceEnvironment(collector.exporterEnvironment()))) {
            String countries = suite.url(SuiteService.COUNTRIES);
            String coalition = "traced-coalition";
            String key = coalition + "/FR";
            given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"Traced\"}".formatted(coalition))
                    .post(countries + "/coalitions").then().statusCode(201);
            given().contentType(ContentType.JSON).body("{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"joinedOn\": \"2025-03-02\"}")
                    .put(countries + "/coalitions/" + coalition + "/members/FR").then().statusCode(201);

            ReceivedSpan write = collector.await("countries-service server span of the PUT", s -> s.kind() == SpanKind.SPAN_KIND_SERVER
                    && s.service().equals("countries-service") && s.name().equals("PUT /coalitions/{id}/members/{countryCode}"));
            ReceivedSpan publish = collector.await("publish span of " + key, s -> s.kind() == SpanKind.SPAN_KIND_PRODUCER
                    && s.name().equals("publish " + TOPIC) && key.equals(s.attributes().get(KEY_ATTRIBUTE)));
            assertEquals("countries-service", publish.service());
            assertEquals(write.traceId(), publish.traceId());
            assertEquals(write.spanId(), publish.parentSpanId(), "the outbox row kept the write's context");

            // Both other services keep a copy of the memberships; each applies the record in a child of the publish.
            for (SuiteService consumer : List.of(SuiteService.COMMITMENTS, SuiteService.EVENTS)) {
                ReceivedSpan apply = collector.await(consumer.module() + "'s apply of " + key, s -> s.kind() == SpanKind.SPAN_KIND_CONSUMER
                        && s.service().equals(consumer.module()) && s.name().equals("apply " + TOPIC)
                        && key.equals(s.attributes().get(KEY_ATTRIBUTE)));
                assertEquals(publish.traceId(), apply.traceId(), consumer.module());
                assertEquals(publish.spanId(), apply.parentSpanId(), consumer.module() + " continued the record's traceparent");
            }
            OtlpReceiver.print(collector.trace(write.traceId()));
        }
    }
}
