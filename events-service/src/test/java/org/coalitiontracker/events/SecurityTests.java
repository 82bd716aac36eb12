package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.testing.Topics;
import org.coalitiontracker.testing.DatabaseFingerprint;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.HostileTokens.HostileToken;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.TestTokens;
import org.coalitiontracker.testing.TopicReader;
import org.coalitiontracker.testing.WriteAccess;
import org.coalitiontracker.testing.WriteAccess.WriteCall;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Writes need a bearer token with the right role; reads need none; who wrote what is recorded (README "Security"). */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class SecurityTests {

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void countriesAreInTheCopy() {
        ReadCopySeeds.referenceCountries();
    }

    @Test
    void everyWriteNeedsATokenWithItsRoleAndARefusedOneWritesNothing() {
        // Ids are the server's: the event the later calls work on is created first.
        String id = EventJson.parisMeeting("Security: every write").create();
        List<WriteCall> everyWrite = List.of(
                WriteCall.of("POST", "/events").json(EventJson.parisMeeting("Security: created").json()).expect(201),
                WriteCall.of("PUT", "/events/{id}", id).json(EventJson.parisMeeting("Security: replaced").json()).expect(200),
                WriteCall.of("PATCH", "/events/{id}", id).body("application/merge-patch+json", "{\"status\": \"CONFIRMED\"}").expect(200),
                WriteCall.of("PUT", "/events/{id}/participants/{countryCode}", id, "FR").json("{\"role\": \"HOST\", \"attendance\": \"IN_PERSON\"}")
                        .expect(201),
                WriteCall.of("DELETE", "/events/{id}/participants/{countryCode}", id, "FR").expect(204),
                WriteCall.of("POST", "/admin/read-copies/{readCopy}/rebuild", "commitments").expect(200),
                WriteCall.of("DELETE", "/events/{id}", id).expect(204));
        WriteAccess.check(openApi(), everyWrite, () -> DatabaseFingerprint.of(dataSource));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.coalitiontracker.testing.HostileTokens#all")
    void hostileTokensAreRefusedWithoutWritingWhileReadsStillWork(HostileToken token) {
        WriteCall create = WriteCall.of("POST", "/events").json(EventJson.parisMeeting("Security: never written").json());
        WriteAccess.assertRefused(token, create, "/events", () -> DatabaseFingerprint.of(dataSource));
    }

    @Test
    void everyRecordAndChangeEventSaysWhoMadeTheLastChange() {
        String id = given().header("Authorization", TestTokens.bearer(TestTokens.withGroups("jane", "editor"))).contentType(ContentType.JSON)
                .body(EventJson.parisMeeting("Security: audited").json()).post("/events").then().statusCode(201)
                .body("updatedBy", equalTo("jane")).extract().path("id");
        given().header("Authorization", TestTokens.bearer(TestTokens.withGroups("joe", "editor"))).contentType(ContentType.JSON)
                .body("{\"role\": \"HOST\", \"attendance\": \"IN_PERSON\"}").put("/events/" + id + "/participants/FR").then().statusCode(201)
                .body("updatedBy", equalTo("joe"));
        given().get("/events/" + id).then().statusCode(200)
                .body("updatedBy", equalTo("joe"))
                .body("participants[0].updatedBy", equalTo("joe"));

        var changes = TopicReader.await(Topics.EVENTS.topicName(), r -> id.equals(r.key()), 2);
        assertEquals(List.of("jane", "joe"), changes.stream().map(r -> TopicReader.header(r, CloudEventHeaders.ACTOR)).toList());
    }

    private static String openApi() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    }
}
