package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.coalitiontracker.kit.events.CloudEventHeaders;
import org.coalitiontracker.testing.Topics;
import org.coalitiontracker.testing.DatabaseFingerprint;
import org.coalitiontracker.testing.EditorTokenByDefault;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.HostileTokens.HostileToken;
import org.coalitiontracker.testing.KafkaBrokerResource;
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
class SecurityTests {

    private static final String COALITION = "security-coalition";

    @Inject
    DataSource dataSource;

    /** Every write operation of the OpenAPI document, each as a request its role succeeds with, in an order that works. */
    private static List<WriteCall> everyWrite() {
        return List.of(
                WriteCall.of("POST", "/coalitions").json("{\"id\": \"" + COALITION + "\", \"name\": \"Security\"}").expect(201),
                WriteCall.of("PUT", "/coalitions/{id}", COALITION).json("{\"name\": \"Security, renamed\"}").expect(200),
                WriteCall.of("PATCH", "/coalitions/{id}", COALITION).body("application/merge-patch+json", "{\"description\": \"Patched\"}").expect(200),
                WriteCall.of("PUT", "/coalitions/{id}/members/{countryCode}", COALITION, "FR").json("{\"role\": \"LEAD\", \"status\": \"ACTIVE\"}")
                        .expect(201),
                WriteCall.of("DELETE", "/coalitions/{id}/members/{countryCode}", COALITION, "FR").expect(204),
                WriteCall.of("POST", "/admin/read-copies/{readCopy}/rebuild", "events").expect(200),
                WriteCall.of("DELETE", "/coalitions/{id}", COALITION).expect(204));
    }

    @Test
    void everyWriteNeedsATokenWithItsRoleAndARefusedOneWritesNothing() {
        WriteAccess.check(openApi(), everyWrite(), () -> DatabaseFingerprint.of(dataSource));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.coalitiontracker.testing.HostileTokens#all")
    void hostileTokensAreRefusedWithoutWritingWhileReadsStillWork(HostileToken token) {
        WriteCall create = WriteCall.of("POST", "/coalitions").json("{\"id\": \"security-hostile\", \"name\": \"Never written\"}");
        WriteAccess.assertRefused(token, create, "/coalitions", () -> DatabaseFingerprint.of(dataSource));
        given().get("/coalitions/security-hostile").then().statusCode(404);
    }

    @Test
    void theRoleIsCheckedBeforeTheRecordIsLookedFor() {
        given().header(EditorTokenByDefault.WITHOUT_TOKEN, "true").delete("/coalitions/no-such-coalition").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(TestTokens.withGroups("test-viewer", "viewer")))
                .delete("/coalitions/no-such-coalition").then().statusCode(403)
                .body("detail", equalTo("This operation needs the role 'editor', which the bearer token does not carry."));
        given().header("Authorization", TestTokens.bearer(TestTokens.editor()))
                .post("/admin/read-copies/no-such-copy/rebuild").then().statusCode(403)
                .body("detail", equalTo("This operation needs the role 'admin', which the bearer token does not carry."));
        given().delete("/coalitions/no-such-coalition").then().statusCode(404);
        // Only the body size limit comes first.
        given().header(EditorTokenByDefault.WITHOUT_TOKEN, "true").contentType(ContentType.JSON)
                .body("{\"id\": \"too-large\", \"name\": \"" + "x".repeat(1_200_000) + "\"}").post("/coalitions").then().statusCode(413);
    }

    @Test
    void everyRecordAndChangeEventSaysWhoMadeTheLastChange() {
        String id = "security-audit";
        given().header("Authorization", TestTokens.bearer(TestTokens.withGroups("jane", "editor"))).contentType(ContentType.JSON)
                .body("{\"id\": \"" + id + "\", \"name\": \"Audited\"}").post("/coalitions").then().statusCode(201)
                .body("updatedBy", equalTo("jane"));
        given().header("Authorization", TestTokens.bearer(TestTokens.withGroups("joe", "editor"))).contentType(ContentType.JSON)
                .body("{\"name\": \"Audited, renamed\"}").put("/coalitions/" + id).then().statusCode(200)
                .body("updatedBy", equalTo("joe"));
        given().header("Authorization", TestTokens.bearer(TestTokens.withGroups("ann", "editor"))).contentType(ContentType.JSON)
                .body("{\"role\": \"MEMBER\", \"status\": \"ACTIVE\"}").put("/coalitions/" + id + "/members/PL").then().statusCode(201)
                .body("updatedBy", equalTo("ann"));
        given().get("/coalitions/" + id).then().body("updatedBy", equalTo("joe"));
        given().get("/coalitions/" + id + "/members/PL").then().body("updatedBy", equalTo("ann"));
        given().header("Authorization", TestTokens.bearer(TestTokens.withGroups("bob", "editor"))).delete("/coalitions/" + id)
                .then().statusCode(204);

        var coalitionEvents = TopicReader.await(Topics.COALITIONS.topicName(), r -> id.equals(r.key()), 3);
        assertEquals(List.of("jane", "joe", "bob"), coalitionEvents.stream().map(r -> TopicReader.header(r, CloudEventHeaders.ACTOR)).toList());
        var memberEvents = TopicReader.await(Topics.MEMBERSHIPS.topicName(), r -> (id + "/PL").equals(r.key()), 2);
        assertEquals(List.of("ann", "bob"), memberEvents.stream().map(r -> TopicReader.header(r, CloudEventHeaders.ACTOR)).toList());
    }

    @Test
    void theOpenApiDocumentOffersBearerTokensAndNamesTheRoleOfEachWrite() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.bearerToken.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearerToken.bearerFormat", equalTo("JWT"))
                .body("paths.'/coalitions'.post.security[0].bearerToken[0]", equalTo("editor"))
                .body("paths.'/coalitions'.post.responses.'401'.content.'application/problem+json'", notNullValue())
                .body("paths.'/coalitions'.post.responses.'403'.description", containsString("editor"))
                .body("paths.'/admin/read-copies/{readCopy}/rebuild'.post.security[0].bearerToken[0]", equalTo("admin"))
                .body("paths.'/coalitions'.get.security", empty())
                .body("paths.'/admin/read-copies'.get.security", empty());
    }

    @Test
    void answersCarrySecurityHeadersAndSwaggerUiStillWorks() {
        given().get("/coalitions").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Cache-Control", "no-cache");
        given().contentType(ContentType.JSON).body("{\"id\": \"security-headers\", \"name\": \"Headers\"}").post("/coalitions").then()
                .statusCode(201).header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        given().header(EditorTokenByDefault.WITHOUT_TOKEN, "true").delete("/coalitions/security-headers")
                .then().statusCode(401).header("Cache-Control", "no-store").header("Content-Security-Policy", containsString("default-src 'none'"));
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://localhost:*"));
    }

    @Test
    void browsersOnTheSuitesPagesMaySendATokenAndIfMatch() {
        given().header("Origin", "http://localhost:8081").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/coalitions/any").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8081")
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Expose-Headers", containsString("WWW-Authenticate"));
    }

    private static String openApi() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    }
}
