package org.coalitiontracker.kit.tests;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.restassured.path.json.JsonPath;

/** Reading the test application's change feed as a client does. */
final class FeedCalls {

    private FeedCalls() {
    }

    static JsonPath page(Map<String, ?> query) {
        return given().queryParams(query).get("/changes").then().statusCode(200).extract().jsonPath();
    }

    /** The cursor of the feed's end now: where a follower that wants only what comes next starts. */
    static String end() {
        String cursor = page(Map.of()).getString("cursor");
        while (true) {
            JsonPath page = page(Map.of("after", cursor, "limit", 1000));
            cursor = page.getString("cursor");
            if (!page.getBoolean("hasMore")) {
                return cursor;
            }
        }
    }

    /** Follows the feed from {@code after} until {@code count} items matching {@code mine} have come (30 s at most); returns them. */
    static List<Map<String, Object>> followUntil(String after, int count, Predicate<Map<String, Object>> mine) {
        List<Map<String, Object>> found = new ArrayList<>();
        String[] cursor = { after };
        Await.until(() -> {
            JsonPath page = page(Map.of("after", cursor[0], "limit", 1000));
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(mine).forEach(found::add);
            cursor[0] = page.getString("cursor");
            if (found.size() < count) {
                throw new AssertionError("only " + found.size() + " of " + count + " changes on the feed: " + found);
            }
        });
        return found;
    }
}
