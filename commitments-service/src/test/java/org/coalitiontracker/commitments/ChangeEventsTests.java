package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.coalitiontracker.testing.TopicReader.header;
import static org.coalitiontracker.testing.TopicReader.value;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.coalitiontracker.commitments.domain.Commitments;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.kit.events.Topic;
import org.coalitiontracker.testing.Topics;
import org.coalitiontracker.testing.OutboxRows;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.TestTokens;
import org.coalitiontracker.testing.TopicReader;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class ChangeEventsTests {

    private static final String PARIS_MEETING = "1d7e0f6c-3a51-4c1e-9a7b-2f0c5e8d4a10";
    private static final String UPDATED_DESCRIPTION = "A limited ground presence focused on logistics";
    private static final String LATER_STEP_FAILED = "a later step of the transaction failed";

    @Inject
    Commitments commitments;

    @Test
    void everyCommitmentChangeIsPublishedWithItsVersionAndADeleteIsATombstone() {
        String coalition = "events-published";
        ReadCopySeeds.activeMembers(coalition, "FR");
        ReadCopySeeds.country("FR", "France");
        ReadCopySeeds.event(PARIS_MEETING, "Leaders' meeting, Paris");
        String id = CommitmentJson.groundForces(coalition).text("announcedAtEventId", PARIS_MEETING).create();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(CommitmentJson.groundForces(coalition).text("announcedAtEventId", PARIS_MEETING).text("description", UPDATED_DESCRIPTION).json())
                .put("/commitments/" + id).then().statusCode(200).body("countryName", equalTo("France"));
        given().header("If-Match", "\"1\"").delete("/commitments/" + id).then().statusCode(204);

        List<ConsumerRecord<String, byte[]>> records = TopicReader.await(Topics.COMMITMENTS.topicName(), r -> id.equals(r.key()), 3);
        assertEquals(List.of("0", "1", "2"), records.stream().map(r -> header(r, CloudEventHeaders.AGGREGATE_VERSION)).toList());
        JsonNode created = ReadCopySeeds.parse(value(records.get(0)));
        assertEquals(id, created.get("id").asText());
        assertEquals(0, created.get("version").asLong());
        assertEquals(PARIS_MEETING, created.get("announcedAtEventId").asText());
        assertEquals(UPDATED_DESCRIPTION, ReadCopySeeds.parse(value(records.get(1))).get("description").asText());
        assertNull(records.get(2).value());
        // Names come from other services' copies: theirs to publish, not ours.
        assertFalse(created.has("countryName"), created.toString());
        assertFalse(created.has("eventTitle"), created.toString());

        assertEquals("org.coalitiontracker.commitment.upserted", header(records.get(0), CloudEventHeaders.TYPE));
        assertEquals("org.coalitiontracker.commitment.deleted", header(records.get(2), CloudEventHeaders.TYPE));
        ConsumerRecord<String, byte[]> first = records.get(0);
        assertEquals("1.0", header(first, CloudEventHeaders.SPEC_VERSION));
        assertEquals("/commitments-service", header(first, CloudEventHeaders.SOURCE));
        assertEquals(id, header(first, CloudEventHeaders.SUBJECT));
        assertTrue(header(first, CloudEventHeaders.ID).matches("[0-9a-f-]{36}"));
        assertTrue(header(first, CloudEventHeaders.TIME).endsWith("Z"));
    }

    @Test
    void aRefusedWritePublishesNothing() {
        String coalition = "events-refused";
        ReadCopySeeds.activeMembers(coalition, "FR");
        String id = CommitmentJson.groundForces(coalition).create();
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"coalitionId\": \"events-refused-elsewhere\"}")
                .patch("/commitments/" + id).then().statusCode(422).body("errors[0].field", equalTo("countryCode"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"personnel\": 2500}")
                .patch("/commitments/" + id).then().statusCode(200).header("ETag", "\"1\"");

        // The later, accepted change is on the topic; the refused one before it never is.
        List<ConsumerRecord<String, byte[]>> records = TopicReader.await(Topics.COMMITMENTS.topicName(), r -> id.equals(r.key()), 2);
        assertEquals(List.of("0", "1"), records.stream().map(r -> header(r, CloudEventHeaders.AGGREGATE_VERSION)).toList());
        assertEquals(coalition, ReadCopySeeds.parse(value(records.get(1))).get("coalitionId").asText());
        assertEquals(2, TopicReader.readAll(Topics.COMMITMENTS.topicName(), r -> id.equals(r.key())).size());
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        String coalition = "events-rolled-back";
        ReadCopySeeds.activeMembers(coalition, "FR");
        String id = CommitmentJson.groundForces(coalition).create();
        // Published and gone from the outbox, so that the only row below is the deletion's.
        OutboxRows.awaitEmpty();
        // The deletion and its outbox row are written, then a later step of the same transaction fails.
        RuntimeException failure = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            commitments.delete(UUID.fromString(id), "\"0\"");
            assertEquals(1, OutboxRows.pending(Topics.COMMITMENTS, id));
            throw new IllegalStateException(LATER_STEP_FAILED);
        }));
        assertEquals(LATER_STEP_FAILED, failure.getMessage());
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(CommitmentJson.groundForces(coalition).text("description", UPDATED_DESCRIPTION).json())
                .put("/commitments/" + id).then().statusCode(200).header("ETag", "\"1\"");

        // Version 1 on the topic is the accepted change; the rolled-back deletion, which would have gone first, never is.
        List<ConsumerRecord<String, byte[]>> versions = TopicReader.awaitEveryVersion(Topics.COMMITMENTS.topicName(), id, 1);
        assertEquals(UPDATED_DESCRIPTION, ReadCopySeeds.parse(value(versions.get(1))).get("description").asText());
        assertEquals(2, TopicReader.readAll(Topics.COMMITMENTS.topicName(), r -> id.equals(r.key())).size());
        given().get("/commitments/" + id).then().statusCode(200);
        given().get("/commitments/" + id + "/history").then().body("items.version", equalTo(List.of(0, 1)));
    }

    @Test
    void aRecordThatCannotBeReadIsDeadLetteredAndLaterRecordsStillApply() {
        String coalition = "events-poison";
        String key = coalition + "/FR";
        ProducerRecord<String, byte[]> withoutVersion = ReadCopySeeds.record(Topics.MEMBERSHIPS, key, 1,
                ReadCopySeeds.membershipJson(coalition, "FR", "ACTIVE").getBytes(StandardCharsets.UTF_8));
        withoutVersion.headers().remove(CloudEventHeaders.AGGREGATE_VERSION);
        ReadCopySeeds.send(withoutVersion);
        ReadCopySeeds.send(ReadCopySeeds.record(Topics.MEMBERSHIPS, key, ReadCopySeeds.nextVersion(), "{not json".getBytes(StandardCharsets.UTF_8)));
        ReadCopySeeds.activeMembers(coalition, "FR");

        List<ConsumerRecord<String, byte[]>> letters = TopicReader.await(Topics.MEMBERSHIPS.deadLetterTopicName(), r -> key.equals(r.key()), 2);
        assertTrue(header(letters.get(0), CloudEventHeaders.ERROR).contains(CloudEventHeaders.AGGREGATE_VERSION), header(letters.get(0), CloudEventHeaders.ERROR));
        assertTrue(header(letters.get(1), CloudEventHeaders.ERROR).contains("not JSON"), header(letters.get(1), CloudEventHeaders.ERROR));
        for (ConsumerRecord<String, byte[]> letter : letters) {
            assertEquals(Topics.MEMBERSHIPS.topicName(), header(letter, CloudEventHeaders.ORIGIN_TOPIC));
            assertTrue(header(letter, CloudEventHeaders.ORIGIN_PARTITION).matches("\\d+"));
            assertTrue(header(letter, CloudEventHeaders.ORIGIN_OFFSET).matches("\\d+"));
        }
        assertEquals("{not json", value(letters.get(1)));
        CommitmentJson.groundForces(coalition).create();
    }

    @Test
    void rebuildingTheMembershipsCopyMakesItEqualToTheTopic() {
        String coalition = "events-rebuild";
        ReadCopySeeds.activeMembers(coalition, "FR", "DE");
        ReadCopySeeds.deleted(Topics.MEMBERSHIPS, coalition + "/DE");
        ReadCopySeeds.membership(coalition, "PL", "PROSPECTIVE");
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager entityManager = io.quarkus.arc.Arc.container().instance(EntityManager.class).get();
            entityManager.createNativeQuery("update read_copy set state = cast('{\"status\": \"TAMPERED\"}' as jsonb) "
                    + "where topic = 'coalition-tracker.memberships' and aggregate_key = 'events-rebuild/FR'").executeUpdate();
            entityManager.createNativeQuery("insert into read_copy (topic, aggregate_key, version, state, received_at) values "
                    + "('coalition-tracker.memberships', 'events-rebuild/XX', 1, cast('{\"status\": \"ACTIVE\"}' as jsonb), now())").executeUpdate();
        });

        Map<String, Entry> topic = latestOnTopic(Topics.MEMBERSHIPS);
        long live = topic.values().stream().filter(e -> e.state() != null).count();
        given().header("Authorization", TestTokens.bearer(TestTokens.admin())).post("/admin/read-copies/memberships/rebuild").then().statusCode(200)
                .body("readCopy", equalTo("memberships"))
                .body("records", equalTo((int) live));

        assertEquals(topic, copy(Topics.MEMBERSHIPS));
        assertEquals(Optional.empty(), ReadCopySeeds.copy(Topics.MEMBERSHIPS, coalition + "/XX"));
        assertEquals("ACTIVE", ReadCopySeeds.copy(Topics.MEMBERSHIPS, coalition + "/FR").orElseThrow().get("status").asText());
    }

    /** Per key, the newest state on the topic (null for a deletion), as the copy keeps it; unreadable records skipped. */
    private static Map<String, Entry> latestOnTopic(Topic topic) {
        Map<String, Entry> latest = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(topic.topicName(), r -> true)) {
            String version = header(record, CloudEventHeaders.AGGREGATE_VERSION);
            String value = value(record);
            Optional<JsonNode> state = value == null ? Optional.empty() : ReadCopySeeds.tryParseObject(value);
            if (version == null || record.key() == null || (value != null && state.isEmpty())) {
                continue;
            }
            Entry entry = new Entry(Long.parseLong(version), state.orElse(null));
            latest.merge(record.key(), entry, (a, b) -> a.version() >= b.version() ? a : b);
        }
        return latest;
    }

    private static Map<String, Entry> copy(Topic topic) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager entityManager = io.quarkus.arc.Arc.container().instance(EntityManager.class).get();
            Map<String, Entry> rows = new HashMap<>();
            for (Object row : entityManager.createNativeQuery(
                    "select aggregate_key, version, cast(state as text) from read_copy where topic = :topic", Object[].class)
                    .setParameter("topic", topic.topicName()).getResultList()) {
                Object[] columns = (Object[]) row;
                rows.put((String) columns[0], new Entry(((Number) columns[1]).longValue(),
                        columns[2] == null ? null : ReadCopySeeds.parse((String) columns[2])));
            }
            return rows;
        });
    }

    private record Entry(long version, JsonNode state) {
    }
}
