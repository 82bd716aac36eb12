package org.coalitiontracker.kit.tests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OpenApiAudit;
import org.coalitiontracker.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The change feed's answers: what an item holds, paging with cursors, filters and every bad input. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = HttpPortResource.class, scope = TestResourceScope.GLOBAL)
class ChangeFeedTests {

    private static final String APPLICATION = "kit-test-app";

    @Test
    void everyChangeOfARecordIsOnTheFeedInOrderItsDeletionIncludedAndAFailedWriteNever() {
        String key = "feed-one-record";
        String start = FeedCalls.end();
        WidgetCalls.put(key, "first");
        WidgetCalls.put(key, "second");
        given().contentType(ContentType.JSON).body("{\"name\": \"rolled back\"}").post("/widgets/" + key + "/failed-rename")
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"name\": \"broken\"}").post("/widgets/" + key + "/broken-rename")
                .then().statusCode(409);
        WidgetCalls.delete(key);
        assertEquals(3, WidgetCalls.put(key, "again"));

        List<Map<String, Object>> mine = FeedCalls.followUntil(start, 4, item -> key.equals(item.get("id")));
        assertEquals(List.of(0, 1, 2, 3), mine.stream().map(item -> item.get("version")).toList());
        assertEquals(List.of("CREATED", "UPDATED", "DELETED", "CREATED"), mine.stream().map(item -> item.get("operation")).toList());
        for (Map<String, Object> item : mine) {
            assertEquals("widget", item.get("type"));
            assertEquals(TestTokens.EDITOR_SUBJECT, item.get("recordedBy"));
            assertTrue(item.get("recordedAt") instanceof String, item.toString());
        }
        assertEquals("second", ((Map<?, ?>) mine.get(1).get("state")).get("name"));
        assertEquals(1, ((Map<?, ?>) mine.get(1).get("state")).get("version"), "the state as published, with its own version");
        assertTrue(!mine.get(2).containsKey("state"), "a deletion has no state: " + mine.get(2));
        assertEquals("again", ((Map<?, ?>) mine.get(3).get("state")).get("name"));
        // Neither the rename that failed after its outbox write nor the one that broke a constraint is there.
        assertTrue(mine.stream().noneMatch(item -> item.get("state") instanceof Map<?, ?> state
                && List.of("rolled back", "broken").contains(state.get("name"))), mine.toString());
    }

    @Test
    void pagesFollowEachOtherByCursorAndAnEmptyPageGivesItsCursorBack() {
        String start = FeedCalls.end();
        for (int i = 0; i < 5; i++) {
            WidgetCalls.put("feed-paged-" + i, "paged");
        }
        FeedCalls.followUntil(start, 5, item -> item.get("id").toString().startsWith("feed-paged-"));

        List<Object> seen = new ArrayList<>();
        String cursor = start;
        JsonPath page = FeedCalls.page(Map.of("after", cursor, "limit", 2));
        assertEquals(2, page.getList("items").size());
        assertEquals(true, page.getBoolean("hasMore"));
        assertEquals(2, page.getInt("limit"));
        assertEquals(page.getString("items[1].cursor"), page.getString("cursor"), "the page's cursor is its last item's");
        while (true) {
            page = FeedCalls.page(Map.of("after", cursor, "limit", 2));
            seen.addAll(page.getList("items.id"));
            if (!page.getBoolean("hasMore")) {
                break;
            }
            cursor = page.getString("cursor");
        }
        assertEquals(List.of("feed-paged-0", "feed-paged-1", "feed-paged-2", "feed-paged-3", "feed-paged-4"),
                seen.stream().filter(id -> id.toString().startsWith("feed-paged-")).toList());
        String end = page.getString("cursor");
        given().queryParam("after", end).get("/changes").then().statusCode(200)
                .body("items", empty()).body("cursor", equalTo(end)).body("hasMore", equalTo(false));
        // Without after: from the beginning of the record.
        JsonPath first = FeedCalls.page(Map.of("limit", 1));
        assertEquals(encode(APPLICATION + ":1"), first.getString("items[0].cursor"));
    }

    @Test
    void theLimitHasADefaultAndACapAndTheTypeFilterTakesTheServicesTypes() {
        for (int i = 0; i < 3; i++) {
            WidgetCalls.put("feed-limit-" + i, "limit");
        }
        FeedCalls.followUntil(encode(APPLICATION + ":0"), 3, item -> item.get("id").toString().startsWith("feed-limit-"));
        given().get("/changes").then().statusCode(200).body("limit", equalTo(100));
        given().queryParam("limit", 5000).get("/changes").then().statusCode(200).body("limit", equalTo(1000));
        given().queryParam("type", "widget").queryParam("limit", 3).get("/changes").then().statusCode(200)
                .body("items.type", contains("widget", "widget", "widget"));
        given().queryParam("type", "WIDGET").get("/changes").then().statusCode(200);
        given().queryParam("type", "widget").queryParam("type", "Widget").get("/changes").then().statusCode(200);
        given().get("/changes").then().statusCode(200).header("Content-Type", containsString("application/json"));
    }

    @Test
    void badInputIsA400NamingTheParameter() {
        for (String bad : List.of("gadget", "widgets", "x".repeat(300), "widget%2Cgadget")) {
            given().urlEncodingEnabled(false).queryParam("type", bad).get("/changes").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("type")).body("detail", containsString("not one of widget"));
        }
        for (String bad : List.of("0", "-1", "x", "1.5", "99999999999")) {
            given().queryParam("limit", bad).get("/changes").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        }
        List<String> notOurs = List.of("abc", "!!!", encode("another-service:1"), encode(APPLICATION + ":999999999"),
                encode(APPLICATION + ":-1"), encode(APPLICATION + ":01"), encode(APPLICATION + ":1") + "=", encode(APPLICATION + ":x"),
                encode(APPLICATION + ":99999999999999999999"), "x".repeat(500));
        for (String bad : notOurs) {
            given().queryParam("after", bad).get("/changes").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("after")).body("detail", containsString("not a cursor of this service's change feed"));
        }
    }

    @Test
    void theFeedIsOpenToAnyReaderAndDocumentedCompletely() {
        given().header("Authorization", "Bearer not-a-token").get("/changes").then().statusCode(200);
        given().header(org.coalitiontracker.testing.EditorTokenByDefault.WITHOUT_TOKEN, "true").get("/changes").then().statusCode(200);
        String document = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        List<String> gaps = OpenApiAudit.gaps(document).stream().filter(gap -> gap.contains("/changes") || gap.contains("Change")).toList();
        assertEquals(List.of(), gaps);
        JsonPath openApi = JsonPath.from(document);
        assertEquals(List.of("Change feed"), openApi.getList("paths.'/changes'.get.tags"));
        assertEquals(List.of(), openApi.getList("paths.'/changes'.get.security"));
        given().accept("application/json").get("/q/openapi").then()
                .body("paths.'/changes'.get.parameters.name", contains("after", "limit", "type", "Last-Event-ID"))
                .body("paths.'/changes'.get.parameters.find { it.name == 'Last-Event-ID' }.in", equalTo("header"))
                .body("paths.'/changes'.get.responses.'200'.content", hasKey("text/event-stream"))
                .body("paths.'/changes'.get.responses.'200'.content.'text/event-stream'.examples.'live changes'.value",
                        containsString("event:change"))
                .body("paths.'/changes'.get.responses", hasKey("400"))
                .body("components.schemas.Change.properties", hasKey("cursor"))
                .body("components.schemas.Change.required", not(hasItem("state")))
                .body("components.schemas.ChangePage.required", hasItem("cursor"));
    }

    static String encode(String decoded) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(decoded.getBytes(StandardCharsets.UTF_8));
    }
}
