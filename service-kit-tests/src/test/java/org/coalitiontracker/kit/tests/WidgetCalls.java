package org.coalitiontracker.kit.tests;

import static io.restassured.RestAssured.given;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitiontracker.kit.tests.app.WidgetContract;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.TopicReader;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;

/** The test application's API and topic, as its tests use them. */
final class WidgetCalls {

    static final String TOPIC = WidgetContract.TOPIC.topicName();

    private WidgetCalls() {
    }

    /** Creates or renames the widget; returns its version as the ETag says. */
    static long put(String key, String name) {
        String etag = given().contentType(ContentType.JSON).body("{\"name\": \"%s\"}".formatted(name)).put("/widgets/" + key)
                .then().statusCode(200).extract().header("ETag");
        return Long.parseLong(etag.replace("\"", ""));
    }

    static void delete(String key) {
        given().delete("/widgets/" + key).then().statusCode(204);
    }

    /** Every record of {@code key} on the widget topic now, in offset order. */
    static List<ConsumerRecord<String, byte[]>> records(String key) {
        return TopicReader.readAll(TOPIC, r -> key.equals(r.key()));
    }

    static List<Long> versions(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(TopicReader::version).toList();
    }

    static JsonNode state(ConsumerRecord<String, byte[]> record) {
        return ReadCopySeeds.parse(TopicReader.value(record));
    }
}
