package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.kit.events.Topic;
import org.coalitiontracker.testing.Topics;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.OwnerStub;
import org.coalitiontracker.testing.TestTokens;
import org.coalitiontracker.testing.TopicReader;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import com.fasterxml.jackson.databind.JsonNode;

/** The rules and the data this service takes from its read copies of countries, memberships and commitments. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class ReadCopyRulesTests {

    private static final String OBSERVER = EventJson.toJson(Map.of("role", "OBSERVER"));
    private static final int DEFAULT_PERSONNEL = 500;
    private static final int UPDATED_PERSONNEL = 900;

    @BeforeAll
    static void countriesAreInTheCopy() {
        ReadCopySeeds.referenceCountries();
    }

    @Test
    void aCountryNeitherTheCopyNorCountriesServiceKnowsIsRefused() {
        String id = EventJson.parisMeeting("Unknown country").create();
        given().contentType(ContentType.JSON).body(OBSERVER).put("/events/" + id + "/participants/xq")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("countryCode"))
                .body("errors[0].message", equalTo("'XQ' is not an ISO 3166-1 country"));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting("Unknown place").with("location", Map.of("countryCode", "XQ")).json())
                .post("/events").then().statusCode(422).body("errors[0].field", equalTo("location.countryCode"));
        given().get("/events/" + id).then().header("ETag", "\"0\"");
    }

    @Test
    void aCountryTheCopyDoesNotHaveYetIsConfirmedByCountriesService() {
        OwnerStub.country("LU", "Luxembourg");
        String id = EventJson.parisMeeting("Copy lags").with("location", Map.of("city", "Luxembourg", "countryCode", "LU")).create();
        given().contentType(ContentType.JSON).body(OBSERVER).put("/events/" + id + "/participants/LU")
                .then().statusCode(201).body("countryCode", equalTo("LU"));
    }

    @Test
    void whenCountriesServiceCannotBeAskedTheAnswerIs503AndNothingIsWritten() {
        OwnerStub.failing("/countries/MT", 500);
        String id = EventJson.parisMeeting("Owner down").create();
        given().contentType(ContentType.JSON).body(OBSERVER).put("/events/" + id + "/participants/MT")
                .then().statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting("Owner down").with("location", Map.of("countryCode", "MT")).json())
                .put("/events/" + id).then().statusCode(503);
        given().get("/events/" + id).then().header("ETag", "\"0\"").body("participants", equalTo(List.of()))
                .body("location.countryCode", equalTo("FR"));
    }

    @Test
    void participantsShowWhetherTheyAreActiveMembersOfTheEventsCoalitionAsTheCopySays() {
        String coalition = "rules-members-" + UUID.randomUUID().toString().substring(0, 8);
        ReadCopySeeds.membership(coalition, "FR", "ACTIVE");
        ReadCopySeeds.membership(coalition, "GB", "SUSPENDED");
        String id = EventJson.parisMeeting("Members").with("coalitionId", coalition).create();
        for (String code : List.of("DE", "FR", "GB")) {
            EventJson.addParticipant(id, code, "PARTICIPANT", "IN_PERSON");
        }

        given().get("/events/" + id).then().statusCode(200).body("participants.member", equalTo(List.of(false, true, false)));
        given().queryParam("coalition", coalition).get("/events").then().body("items[0].participants.member", equalTo(List.of(false, true, false)));
        given().get("/events/" + id + "/participants").then().body("items.member", equalTo(List.of(false, true, false)));
        given().get("/events/" + id + "/participants/FR").then().body("member", equalTo(true));

        ReadCopySeeds.membership(coalition, "GB", "ACTIVE");
        ReadCopySeeds.deleted(Topics.MEMBERSHIPS, coalition + "/FR");
        given().get("/events/" + id).then().body("participants.member", equalTo(List.of(false, false, true)));
    }

    @Test
    void participantsOfAnEventWithoutACoalitionHaveNoMemberFlag() {
        String id = EventJson.parisMeeting("No coalition").without("coalitionId").create();
        EventJson.addParticipant(id, "FR", "HOST", "IN_PERSON");
        given().get("/events/" + id).then().body("participants[0]", not(hasKey("member")));
    }

    @Test
    void theCommitmentsAnnouncedAtAnEventComeFromTheCommitmentsTopic() {
        String id = EventJson.parisMeeting("Announcements").create();
        String other = EventJson.parisMeeting("Other announcements").create();
        String british = UUID.randomUUID().toString();
        String french = UUID.randomUUID().toString();
        ReadCopySeeds.commitment(british, "GB", "coalition-of-the-willing", id);
        ReadCopySeeds.commitment(french, "FR", "coalition-of-the-willing", id);
        ReadCopySeeds.commitment(UUID.randomUUID().toString(), "DE", "coalition-of-the-willing", other);

        given().get("/events/" + id + "/commitments").then().statusCode(200)
                .body("items.id", equalTo(List.of(french, british)))
                .body("items[0].category", equalTo("GROUND_FORCES"))
                .body("items[0].personnel", equalTo(500))
                .body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(50));
        given().queryParam("size", 1).queryParam("page", 1).get("/events/" + id + "/commitments").then().statusCode(200)
                .body("items.id", equalTo(List.of(british))).body("total", equalTo(2));

        ReadCopySeeds.deleted(Topics.COMMITMENTS, french);
        given().get("/events/" + id + "/commitments").then().body("items.id", equalTo(List.of(british))).body("total", equalTo(1));
        given().get("/events/" + UUID.randomUUID() + "/commitments").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDuplicateAnOlderVersionOrAStateAfterItsTombstoneChangesNothing() {
        String id = EventJson.parisMeeting("Ordered announcements").create();
        String other = EventJson.parisMeeting("Other ordered announcements").create();
        String commitment = UUID.randomUUID().toString();
        var current = commitmentRecord(commitment, 5, id, DEFAULT_PERSONNEL);
        ReadCopySeeds.sendAndAwaitConsumed(current);
        given().get("/events/" + id + "/commitments").then().body("items.id", equalTo(List.of(commitment)))
                .body("items[0].personnel", equalTo(DEFAULT_PERSONNEL));

        // Redelivered as is, the same version with other content, and an older version: none applies.
        ReadCopySeeds.sendAndAwaitConsumed(current);
        ReadCopySeeds.sendAndAwaitConsumed(commitmentRecord(commitment, 5, other, UPDATED_PERSONNEL));
        ReadCopySeeds.sendAndAwaitConsumed(commitmentRecord(commitment, 4, other, UPDATED_PERSONNEL));
        given().get("/events/" + id + "/commitments").then().body("total", equalTo(1))
                .body("items[0].personnel", equalTo(DEFAULT_PERSONNEL));
        given().get("/events/" + other + "/commitments").then().body("total", equalTo(0));

        // After the tombstone, a replay of the state before it does not bring the commitment back.
        ReadCopySeeds.sendAndAwaitConsumed(ReadCopySeeds.record(Topics.COMMITMENTS, commitment, 6, null));
        ReadCopySeeds.sendAndAwaitConsumed(current);
        assertEquals(Optional.empty(), ReadCopySeeds.copy(Topics.COMMITMENTS, commitment));
        given().get("/events/" + id + "/commitments").then().body("total", equalTo(0));
    }

    /** A commitment record at {@code version}, as commitments-service's relay would write it. */
    private static ProducerRecord<String, byte[]> commitmentRecord(String id, long version, String eventId, int personnel) {
        String state = """
                {"id": "%s", "countryCode": "GB", "coalitionId": "coalition-of-the-willing", "category": "AIR", "status": "PLEDGED",
                 "personnel": %d, "announcedAtEventId": "%s", "version": %d}""".formatted(id, personnel, eventId, version);
        return ReadCopySeeds.record(Topics.COMMITMENTS, id, version, state.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRecordThatCannotBeReadIsDeadLetteredAndLaterRecordsStillApply() {
        String key = "QZ";
        var poison = ReadCopySeeds.record(Topics.COUNTRIES, key, 0, "not json".getBytes(StandardCharsets.UTF_8));
        poison.headers().remove(CloudEventHeaders.AGGREGATE_VERSION);
        ReadCopySeeds.send(poison);
        ReadCopySeeds.country(key, "Later and readable");

        ConsumerRecord<String, byte[]> letter = TopicReader.await(Topics.COUNTRIES.deadLetterTopicName(), r -> key.equals(r.key()), 1).get(0);
        assertEquals(Topics.COUNTRIES.topicName(), TopicReader.header(letter, CloudEventHeaders.ORIGIN_TOPIC));
        assertTrue(TopicReader.header(letter, CloudEventHeaders.ORIGIN_PARTITION).matches("\\d+"));
        assertTrue(TopicReader.header(letter, CloudEventHeaders.ORIGIN_OFFSET).matches("\\d+"));
        assertTrue(TopicReader.header(letter, CloudEventHeaders.ERROR).contains(CloudEventHeaders.AGGREGATE_VERSION),
                TopicReader.header(letter, CloudEventHeaders.ERROR));
        assertEquals("not json", TopicReader.value(letter));
        assertEquals("Later and readable", ReadCopySeeds.copy(Topics.COUNTRIES, key).orElseThrow().get("name").asText());
    }

    @Test
    void rebuildingTheCountriesCopyLeavesItEqualToTheTopic() {
        ReadCopySeeds.country("VA", "Holy See");
        ReadCopySeeds.country("SM", "San Marino");
        ReadCopySeeds.deleted(Topics.COUNTRIES, "SM");

        given().header("Authorization", TestTokens.bearer(TestTokens.admin())).post("/admin/read-copies/countries/rebuild").then().statusCode(200).body("readCopy", equalTo("countries"));

        Map<String, Optional<JsonNode>> latestOnTopic = latestStates(Topics.COUNTRIES);
        latestOnTopic.forEach((key, state) -> assertEquals(state, ReadCopySeeds.copy(Topics.COUNTRIES, key), "copy of " + key));
        long present = latestOnTopic.values().stream().filter(Optional::isPresent).count();
        given().get("/admin/read-copies").then().body("find { it.readCopy == 'countries' }.records", equalTo((int) present));
        given().get("/admin/read-copies").then().body("readCopy", hasItem("commitments"));
    }

    /** The state each key has after the last readable record of the topic (empty after a tombstone). */
    private static Map<String, Optional<JsonNode>> latestStates(Topic topic) {
        Map<String, Optional<JsonNode>> latest = new HashMap<>();
        Map<String, Long> versions = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(topic.topicName(), r -> true)) {
            String version = TopicReader.header(record, CloudEventHeaders.AGGREGATE_VERSION);
            if (version == null) {
                continue; // dead-lettered, never applied
            }
            long number = Long.parseLong(version);
            if (number > versions.getOrDefault(record.key(), Long.MIN_VALUE)) {
                versions.put(record.key(), number);
                latest.put(record.key(), Optional.ofNullable(record.value()).map(v -> ReadCopySeeds.parse(new String(v, StandardCharsets.UTF_8))));
            }
        }
        return latest;
    }
}
