package org.coalitiontracker.kit.tests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.inject.Inject;

import org.coalitiontracker.kit.tests.app.Widgets;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The record's history: every version kept, deletions included, and the record as it stood at any instant. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = HttpPortResource.class, scope = TestResourceScope.GLOBAL)
class RecordHistoryTests {

    @Inject
    Widgets widgets;

    @Test
    void everyVersionIsKeptWithWhatItChangedAndADeletionIsAVersionToo() {
        String key = "history-kept";
        Instant beforeAll = Instant.now();
        WidgetCalls.put(key, "first");
        Instant afterFirst = Instant.now();
        WidgetCalls.put(key, "second");
        Instant afterSecond = Instant.now();
        WidgetCalls.delete(key);
        Instant afterDelete = Instant.now();
        assertEquals(3, WidgetCalls.put(key, "again"), "created again, the key's versions go on after the deletion");

        JsonPath history = given().get("/widgets/" + key + "/history").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.version", contains(0, 1, 2, 3))
                .body("items.operation", contains("CREATED", "UPDATED", "DELETED", "CREATED"))
                .body("items[0].changedFields", contains("key", "name"))
                .body("items[1].changedFields", contains("name"))
                .body("items[2].changedFields", empty())
                .body("items[2].state", nullValue())
                .body("items[3].changedFields", contains("key", "name"))
                .body("items.state.name", contains("first", "second", "again"))
                .body("items.recordedBy", contains(TestTokens.EDITOR_SUBJECT, TestTokens.EDITOR_SUBJECT, TestTokens.EDITOR_SUBJECT,
                        TestTokens.EDITOR_SUBJECT))
                .extract().jsonPath();
        List<Instant> recorded = history.<String>getList("items.recordedAt").stream().map(Instant::parse).toList();
        assertTrue(recorded.get(0).isAfter(beforeAll) && !recorded.get(0).isAfter(afterFirst), "recorded while the first PUT ran");
        for (int i = 1; i < recorded.size(); i++) {
            assertTrue(!recorded.get(i).isBefore(recorded.get(i - 1)), "versions are recorded in order: " + recorded);
        }
        // The state of each version is what was published, so it carries that version's own number.
        assertEquals(List.of(0, 1, 3), history.<Integer>getList("items.state.version").stream().filter(v -> v != null).toList());

        given().queryParam("knownAt", beforeAll.toString()).get("/widgets/" + key).then().statusCode(404)
                .body("detail", containsString("no widget '" + key + "' in the record at"));
        given().queryParam("knownAt", afterFirst.toString()).get("/widgets/" + key).then().statusCode(200)
                .header("ETag", "\"0\"").body("name", equalTo("first"));
        given().queryParam("knownAt", afterSecond.toString()).get("/widgets/" + key).then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("second"));
        given().queryParam("knownAt", afterDelete.toString()).get("/widgets/" + key).then().statusCode(404);
        given().queryParam("knownAt", Instant.now().toString()).get("/widgets/" + key).then().statusCode(200)
                .header("ETag", "\"3\"").body("name", equalTo("again"));
    }

    @Test
    void aDayMeansTheRecordOnceThatDayWasOver() {
        String key = "history-by-day";
        WidgetCalls.put(key, "today");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        given().queryParam("knownAt", today.toString()).get("/widgets/" + key).then().statusCode(200).body("name", equalTo("today"));
        given().queryParam("knownAt", today.minusDays(1).toString()).get("/widgets/" + key).then().statusCode(404);
        given().queryParam("knownAt", "yesterday").get("/widgets/" + key).then().statusCode(400)
                .body("errors[0].field", equalTo("knownAt"));
    }

    @Test
    void aHistoryIsPagedOldestFirstAndARecordNeverHeldHasNone() {
        String key = "history-paged";
        for (int i = 0; i < 5; i++) {
            WidgetCalls.put(key, "name " + i);
        }
        given().queryParam("size", 2).queryParam("page", 1).get("/widgets/" + key + "/history").then().statusCode(200)
                .body("total", equalTo(5)).body("items.version", contains(2, 3));
        List<String> links = given().queryParam("size", 2).queryParam("page", 1).get("/widgets/" + key + "/history").then()
                .extract().headers().getValues("Link");
        assertEquals(2, links.size(), links.toString());
        assertTrue(links.get(0).contains("page=2") && links.get(0).contains("rel=\"next\""), links.toString());
        assertTrue(links.get(1).contains("page=0") && links.get(1).contains("rel=\"prev\""), links.toString());
        given().get("/widgets/never-held/history").then().statusCode(404).body("detail", containsString("never was"));
    }

    @Test
    void aRolledBackChangeLeavesNoVersion() {
        String key = "history-rolled-back";
        WidgetCalls.put(key, "kept");
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            widgets.put(key, "rolled back");
            throw new IllegalStateException("a later step failed");
        }));
        given().get("/widgets/" + key + "/history").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].state.name", equalTo("kept"));
    }
}
