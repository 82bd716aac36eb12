package org.coalitiontracker.suite;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/** Two instances of countries-service on one database: their relays take turns, so per-key order holds. */
class TwoInstancesTests {

    private static final String COALITION = "two-instances";
    private static final int CHANGES = 40;

    private static RunningSuite suite;

    @BeforeAll
    static void startSuite() throws InterruptedException {
        suite = RunningSuite.start();
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void changesWrittenThroughBothInstancesArePublishedOnceEachInVersionOrder() throws InterruptedException {
        String first = suite.url(SuiteService.COUNTRIES);
        String second = suite.startAnotherInstance(SuiteService.COUNTRIES).baseUrl();
        given().contentType(ContentType.JSON).body("{\"id\": \"%s\", \"name\": \"Two instances\"}".formatted(COALITION))
                .post(first + "/coalitions").then().statusCode(201);
        for (int change = 0; change < CHANGES; change++) {
            String instance = change % 2 == 0 ? first : second;
            given().contentType(ContentType.JSON)
                    .body("{\"role\": \"MEMBER\", \"status\": \"ACTIVE\", \"notes\": \"change %d\"}".formatted(change))
                    .put(instance + "/coalitions/" + COALITION + "/members/SE").then().statusCode(change == 0 ? 201 : 200);
        }

        List<Long> published = publishedVersions(COALITION + "/SE", CHANGES);
        assertEquals(LongStream.range(0, CHANGES).boxed().toList(), published,
                "versions of " + COALITION + "/SE as published: each once, none out of order");
    }

    private static List<Long> publishedVersions(String key, int expected) throws InterruptedException {
        List<Long> versions = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "two-instances-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of("coalition-tracker.memberships"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (versions.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        versions.add(Long.parseLong(new String(record.headers().lastHeader("ce_aggregateversion").value(), StandardCharsets.UTF_8)));
                    }
                });
            }
            // Anything published twice would arrive now.
            long settle = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < settle) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        versions.add(Long.parseLong(new String(record.headers().lastHeader("ce_aggregateversion").value(), StandardCharsets.UTF_8)));
                    }
                });
            }
        }
        return versions;
    }
}
