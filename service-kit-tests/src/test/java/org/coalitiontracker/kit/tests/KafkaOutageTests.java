package org.coalitiontracker.kit.tests;

import static io.restassured.RestAssured.given;
import static org.coalitiontracker.kit.tests.WidgetCalls.TOPIC;
import static org.coalitiontracker.kit.tests.WidgetCalls.records;
import static org.coalitiontracker.kit.tests.WidgetCalls.state;
import static org.coalitiontracker.kit.tests.WidgetCalls.versions;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitiontracker.kit.tests.app.WidgetContract;
import org.coalitiontracker.testing.OutboxRows;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.RestartableKafkaBroker;
import org.coalitiontracker.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Kafka being down delays change events; it never fails, loses or repeats a write, and the service stays ready. */
@QuarkusTest
@TestProfile(WidgetOutageProfile.class)
class KafkaOutageTests {

    private static final String CHANGE_EVENTS = "checks.find { it.name == 'change-events' }";

    /** Set by the profile's {@code RestartableKafkaResource}. */
    RestartableKafkaBroker kafka;

    @AfterEach
    void kafkaIsBack() {
        kafka.start();
    }

    @Test
    void writesWhileKafkaIsDownSucceedAndEveryVersionArrivesOnceInOrderWhenItReturns() {
        String renamed = "outage-renamed";
        String created = "outage-created";
        String deleted = "outage-deleted";
        WidgetCalls.put(renamed, "before the outage");
        WidgetCalls.put(deleted, "before the outage");
        // Published before the outage (and gone from the outbox): the relay is idle and connected when the broker goes away.
        TopicReader.awaitEveryVersion(TOPIC, renamed, 0);
        TopicReader.awaitEveryVersion(TOPIC, deleted, 0);
        OutboxRows.awaitEmpty();

        kafka.stop();
        for (int version = 1; version <= 5; version++) {
            assertEquals(version, WidgetCalls.put(renamed, "during the outage " + version));
        }
        WidgetCalls.put(created, "created during the outage");
        WidgetCalls.delete(deleted);
        OutboxRows.awaitRelayCannotPublish();
        // Every change waits in the outbox, none was dropped for want of a broker; reads go on, the service stays ready.
        assertEquals(5, OutboxRows.pending(WidgetContract.TOPIC, renamed));
        assertEquals(1, OutboxRows.pending(WidgetContract.TOPIC, created));
        assertEquals(1, OutboxRows.pending(WidgetContract.TOPIC, deleted));
        given().get("/widgets/" + renamed).then().statusCode(200).body("name", equalTo("during the outage 5"));
        Await.until(() -> given().get("/q/health/ready").then().statusCode(200)
                .body(CHANGE_EVENTS + ".status", equalTo("UP"))
                .body(CHANGE_EVENTS + ".data.kafkaReachable", equalTo(false))
                .body(CHANGE_EVENTS + ".data.outboxBacklog", equalTo(7)));

        kafka.start();
        TopicReader.awaitEveryVersion(TOPIC, renamed, 5);
        TopicReader.awaitEveryVersion(TOPIC, created, 0);
        TopicReader.awaitEveryVersion(TOPIC, deleted, 1);
        OutboxRows.awaitEmpty();
        // Exactly once: the relay was idle when the broker stopped, so no batch was cut off after the broker stored it.
        List<ConsumerRecord<String, byte[]>> renames = records(renamed);
        assertEquals(LongStream.rangeClosed(0, 5).boxed().toList(), versions(renames));
        assertEquals("during the outage 5", state(renames.get(5)).get("name").asText());
        assertEquals(List.of(0L), versions(records(created)));
        assertEquals(List.of(0L, 1L), versions(records(deleted)));

        // The consumer is back in its group: the copies follow what was published after the outage.
        ReadCopySeeds.awaitCopy(WidgetContract.TOPIC, renamed, Optional.of(state(renames.get(5))));
        ReadCopySeeds.awaitCopy(WidgetContract.TOPIC, created, Optional.of(state(records(created).get(0))));
        ReadCopySeeds.awaitCopy(WidgetContract.TOPIC, deleted, Optional.empty());
        Await.until(() -> given().get("/q/health/ready").then().statusCode(200)
                .body(CHANGE_EVENTS + ".data.kafkaReachable", equalTo(true))
                .body(CHANGE_EVENTS + ".data.outboxBacklog", equalTo(0)));
    }
}
