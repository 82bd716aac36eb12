package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A service started without a key to verify tokens with (MP_JWT_VERIFY_PUBLICKEY_LOCATION unset)
 * starts and serves reads; every write answers 401, even with a token that a configured service
 * would accept. (It also logs a warning at start: kit.security.VerificationKeyCheck.)
 */
@QuarkusTest
@TestProfile(NoVerificationKeyTests.WithoutKey.class)
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class NoVerificationKeyTests {

    public static class WithoutKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // test-support's configuration sets the test key; NONE is smallrye-jwt's own default, what
            // it reads when the setting is absent (an empty value would be an error instead).
            return Map.of("mp.jwt.verify.publickey.location", "NONE");
        }
    }

    @Test
    void readsWorkAndEveryWriteIsRefused() {
        given().get("/countries/FR").then().statusCode(200).body("code", equalTo("FR"));
        given().get("/coalitions").then().statusCode(200);
        given().header("Authorization", TestTokens.bearer(TestTokens.admin())).contentType(ContentType.JSON)
                .body("{\"id\": \"no-key\", \"name\": \"Never written\"}").post("/coalitions")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .contentType("application/problem+json").body("status", equalTo(401));
        given().get("/coalitions/no-key").then().statusCode(404);
    }
}
