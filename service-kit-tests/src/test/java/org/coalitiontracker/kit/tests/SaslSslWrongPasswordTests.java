package org.coalitiontracker.kit.tests;

import static io.restassured.RestAssured.given;
import static org.coalitiontracker.kit.tests.SaslSslKafkaTests.CHANGE_EVENTS;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coalitiontracker.kit.tests.app.WidgetContract;
import org.coalitiontracker.testing.OutboxRows;
import org.coalitiontracker.testing.SaslSslKafkaBroker;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A wrong Kafka password: writes still succeed into the outbox, and readiness says why nothing is published or read. */
@QuarkusTest
@TestProfile(SaslSslKafkaProfile.WrongPassword.class)
class SaslSslWrongPasswordTests {

    /** Set by the profile's {@code SaslSslKafkaResource}. */
    SaslSslKafkaBroker kafka;

    @Test
    void writesSucceedIntoTheOutboxAndReadinessNamesTheAuthenticationFailure() {
        String key = "refused-credentials";
        assertEquals(0, WidgetCalls.put(key, "waits in the outbox"));
        assertEquals(1, WidgetCalls.put(key, "still waits"));
        given().get("/widgets/" + key).then().statusCode(200).body("name", equalTo("still waits"));
        assertEquals(2, OutboxRows.pending(WidgetContract.TOPIC, key));

        Await.until(() -> given().get("/q/health/ready").then().statusCode(200)
                .body(CHANGE_EVENTS + ".status", equalTo("UP"))
                .body(CHANGE_EVENTS + ".data.kafkaReachable", equalTo(false))
                .body(CHANGE_EVENTS + ".data.kafkaError", allOf(
                        containsString("SaslAuthenticationException"), containsString("invalid credentials")))
                .body(CHANGE_EVENTS + ".data.readCopyKafkaError", allOf(
                        containsString("SaslAuthenticationException"), containsString("invalid credentials"))));
        // Neither the password the service was given (which contains the right one) nor the right one itself.
        given().get("/q/health/ready").then().body(not(containsString(kafka.clientPassword())));
        assertEquals(2, OutboxRows.pending(WidgetContract.TOPIC, key));
    }
}
