package org.coalitiontracker.commitments;

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

    private static final String COALITION = "security-commitments";

    @Inject
    DataSource dataSource;

    @Test
    void everyWriteNeedsATokenWithItsRoleAndARefusedOneWritesNothing() {
        ReadCopySeeds.activeMembers(COALITION, "FR");
        // Ids are the server's: the commitment the later calls work on is created first.
        String id = CommitmentJson.groundForces(COALITION).create();
        List<WriteCall> everyWrite = List.of(
                WriteCall.of("POST", "/commitments").json(CommitmentJson.groundForces(COALITION).json()).expect(201),
                WriteCall.of("PUT", "/commitments/{id}", id).json(CommitmentJson.groundForces(COALITION).text("status", "CONFIRMED").json())
                        .expect(200),
                WriteCall.of("PATCH", "/commitments/{id}", id).body("application/merge-patch+json", "{\"personnel\": 2500}").expect(200),
                WriteCall.of("POST", "/admin/read-copies/{readCopy}/rebuild", "events").expect(200),
                WriteCall.of("DELETE", "/commitments/{id}", id).expect(204));
        WriteAccess.check(openApi(), everyWrite, () -> DatabaseFingerprint.of(dataSource));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.coalitiontracker.testing.HostileTokens#all")
    void hostileTokensAreRefusedWithoutWritingWhileReadsStillWork(HostileToken token) {
        ReadCopySeeds.activeMembers(COALITION, "FR");
        WriteCall create = WriteCall.of("POST", "/commitments").json(CommitmentJson.groundForces(COALITION).json());
        WriteAccess.assertRefused(token, create, "/commitments?coalition=" + COALITION, () -> DatabaseFingerprint.of(dataSource));
    }

    @Test
    void theHistoryRecordsWhoMadeEachVersionAndSoDoTheChangeEvents() {
        String coalition = "security-history";
        ReadCopySeeds.activeMembers(coalition, "FR");
        String id = given().header("Authorization", TestTokens.bearer(TestTokens.withGroups("jane", "editor"))).contentType(ContentType.JSON)
                .body(CommitmentJson.groundForces(coalition).json()).post("/commitments").then().statusCode(201)
                .body("updatedBy", equalTo("jane")).extract().path("id");
        given().header("Authorization", TestTokens.bearer(TestTokens.withGroups("joe", "editor"))).contentType("application/merge-patch+json")
                .body("{\"status\": \"CONFIRMED\"}").patch("/commitments/" + id).then().statusCode(200)
                .body("updatedBy", equalTo("joe"));

        given().get("/commitments/" + id + "/history").then().statusCode(200)
                .body("items.recordedBy", equalTo(List.of("jane", "joe")))
                .body("items.state.updatedBy", equalTo(List.of("jane", "joe")));
        given().get("/commitments/" + id).then().body("updatedBy", equalTo("joe"));

        var changes = TopicReader.await(Topics.COMMITMENTS.topicName(), r -> id.equals(r.key()), 2);
        assertEquals(List.of("jane", "joe"), changes.stream().map(r -> TopicReader.header(r, CloudEventHeaders.ACTOR)).toList());
    }

    private static String openApi() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    }
}
