package org.coalitiontracker.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coalitiontracker.kit.events.Topic;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.arc.Arc;
import io.restassured.response.Response;

import jakarta.persistence.EntityManager;

/**
 * Checks a GET one answered from the stored representation (kit.stored) against the same GET
 * answered by loading the entity: that the row is what answers, and that both answers are the
 * same to the byte, headers included. One check, used by every service for its aggregates.
 */
public final class StoredRepresentationCheck {

    private static final String ROW = " where topic = :topic and aggregate_key = :key";

    private StoredRepresentationCheck() {
    }

    /**
     * For the aggregate {@code key} of {@code topic}, answered at {@code path}: the stored row
     * answers (a version moved in the row alone shows in the {@code ETag}), and the answer is the
     * entity path's, with the row of another release's shape and with no row at all.
     */
    public static void answersAsTheEntityDoes(Topic topic, String key, String path) {
        Answer stored = Answer.of(path);
        assertEquals(200, stored.status(), stored.body());

        update("update current_representation set version = version + 1000" + ROW, topic, key);
        assertEquals("\"" + (Long.parseLong(stored.etag().replace("\"", "")) + 1000) + "\"", Answer.of(path).etag(),
                "the stored row is what answers");
        update("update current_representation set version = version - 1000" + ROW, topic, key);

        update("update current_representation set shape = 'another release'" + ROW, topic, key);
        assertEquals(stored, Answer.of(path), "a row of another shape is not used; the entity answers the same");
        update("delete from current_representation" + ROW, topic, key);
        assertEquals(stored, Answer.of(path), "without a row the entity answers the same");
    }

    private static void update(String statement, Topic topic, String key) {
        int rows = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery(statement).setParameter("topic", topic.topicName()).setParameter("key", key).executeUpdate());
        assertEquals(1, rows, "one stored representation of " + topic.topicName() + " " + key);
    }

    /** What a client sees: status, the headers that describe the body, and the body's bytes as text. */
    private record Answer(int status, String etag, String contentType, String contentLength, String body) {

        static Answer of(String path) {
            Response response = given().get(path);
            return new Answer(response.statusCode(), response.header("ETag"), response.header("Content-Type"), response.header("Content-Length"),
                    response.asString());
        }
    }
}
