package org.coalitiontracker.kit.tests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code GET /changes} as server-sent events, through HTTP with a real SSE client: live changes,
 * resuming with {@code Last-Event-ID}, heartbeats, and a client that does not read being cut off
 * while the others are served. The test profile makes heartbeats and the slow-client timeout short.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = HttpPortResource.class, scope = TestResourceScope.GLOBAL)
class ChangeFeedStreamTests {

    @TestHTTPResource("/changes")
    URI changes;

    @Inject
    MeterRegistry metrics;

    @Test
    void aChangeWrittenAfterTheStreamOpenedArrivesOnItAsTheJsonPageShowsIt() {
        String start = FeedCalls.end();
        try (ChangeFeedSseClient stream = ChangeFeedSseClient.open(after(start, "widget"), Map.of())) {
            WidgetCalls.put("sse-live", "live");
            WidgetCalls.delete("sse-live");
            List<ChangeFeedSseClient.Event> events = stream.changes(2);

            List<Object> page = FeedCalls.page(Map.of("after", start)).getList("items");
            assertEquals(2, page.size(), page.toString());
            for (int i = 0; i < 2; i++) {
                ChangeFeedSseClient.Event event = events.get(i);
                assertEquals("change", event.name());
                Map<String, Object> data = JsonPath.from(event.data()).getMap("$");
                assertEquals(page.get(i), data, "the event's data is the JSON page's item");
                assertEquals(data.get("cursor"), event.id(), "the event's id is the change's cursor");
                assertEquals("sse-live", data.get("id"));
            }
            assertEquals("CREATED", JsonPath.from(events.get(0).data()).getString("operation"));
            assertEquals("DELETED", JsonPath.from(events.get(1).data()).getString("operation"));
            assertTrue(!JsonPath.from(events.get(1).data()).getMap("$").containsKey("state"), "a deletion has no state");
        }
    }

    @Test
    void aStreamClosedAndResumedWithLastEventIdContinuesWithoutGapOrDuplicate() {
        String start = FeedCalls.end();
        for (int i = 0; i < 5; i++) {
            WidgetCalls.put("sse-resume-" + i, "first");
        }
        List<String> received = new ArrayList<>();
        try (ChangeFeedSseClient stream = ChangeFeedSseClient.open(after(start, null), Map.of())) {
            stream.changes(3).forEach(event -> received.add(event.id()));
        }
        for (int i = 0; i < 5; i++) {
            WidgetCalls.put("sse-resume-" + i, "second");
        }
        // As a reconnecting EventSource does; Last-Event-ID wins over the `after` of the first request.
        try (ChangeFeedSseClient stream = ChangeFeedSseClient.open(after(start, null), Map.of("Last-Event-ID", received.get(2)))) {
            stream.changes(7).forEach(event -> received.add(event.id()));
            assertEquals(List.of(), stream.drained().stream().filter(event -> !event.isComment()).toList(), "nothing more than the 10");
        }
        List<Map<String, Object>> written = FeedCalls.followUntil(start, 10, item -> true);
        assertEquals(written.stream().map(item -> item.get("cursor")).toList(), received);

        // The JSON page takes Last-Event-ID the same way.
        given().header("Last-Event-ID", received.get(2)).queryParam("after", start).get("/changes").then().statusCode(200)
                .body("items[0].cursor", equalTo(received.get(3)));
    }

    @Test
    void anIdleStreamGetsHeartbeats() {
        try (ChangeFeedSseClient stream = ChangeFeedSseClient.open(after(FeedCalls.end(), "widget"), Map.of())) {
            ChangeFeedSseClient.Event first = stream.next(ChangeFeedSseClient.Event::isComment);
            assertNotNull(first, "no heartbeat on an idle stream");
            assertEquals("heartbeat", first.comment());
            assertNotNull(stream.next(ChangeFeedSseClient.Event::isComment), "only one heartbeat");
        }
    }

    @Test
    void aClientThatDoesNotReadIsCutOffWhileTheOthersAreServed() throws IOException {
        String start = FeedCalls.end();
        double cutOffBefore = cutOff();
        String name = "n".repeat(190);
        try (Socket slow = new Socket();
                ChangeFeedSseClient reader = ChangeFeedSseClient.open(after(start, "widget"), Map.of())) {
            // A small receive window, so that the server's writes stop being taken soon.
            slow.setReceiveBufferSize(4096);
            slow.connect(new InetSocketAddress(changes.getHost(), changes.getPort()));
            OutputStream request = slow.getOutputStream();
            request.write(("GET /changes?after=" + start + " HTTP/1.1\r\nHost: " + changes.getHost() + ":" + changes.getPort()
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            request.flush();

            int written = 0;
            while (cutOff() == cutOffBefore && written < 5000) {
                WidgetCalls.put("sse-slow-" + (written % 50), name + written);
                written++;
            }
            assertEquals(cutOffBefore + 1, cutOff(), 0, "the client that does not read was not cut off after " + written + " changes");

            // The reading client got every change, in order.
            List<ChangeFeedSseClient.Event> events = reader.changes(written);
            for (int i = 0; i < written; i++) {
                assertEquals(name + i, JsonPath.from(events.get(i).data()).getString("state.name"));
            }

            // The slow one finds its stream ended once it reads: what was in the socket's buffers, then the end.
            slow.setSoTimeout(30_000);
            InputStream in = slow.getInputStream();
            byte[] buffer = new byte[65536];
            StringBuilder got = new StringBuilder();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                got.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
            int seen = count(got, Pattern.compile("(?m)^id:"));
            assertTrue(got.toString().startsWith("HTTP/1.1 200"), got.substring(0, Math.min(200, got.length())));
            assertTrue(seen < written, "the slow client got " + seen + " of " + written + " changes, so the server held the rest back");
        }
        // Still serving streams.
        try (ChangeFeedSseClient after = ChangeFeedSseClient.open(after(start, "widget"), Map.of())) {
            assertEquals("change", after.changes(1).get(0).name());
        }
    }

    @Test
    void badInputIsAProblemBeforeAnythingIsStreamedAndOtherTypesAre406() {
        given().accept("text/event-stream").queryParam("after", "abc").get("/changes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        given().accept("text/event-stream").header("Last-Event-ID", "abc").get("/changes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Last-Event-ID"));
        given().accept("text/event-stream").queryParam("type", "gadget").get("/changes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("type"));
        given().accept("text/event-stream").queryParam("limit", "0").get("/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        for (String other : List.of("application/xml", "text/html", "image/png")) {
            given().accept(other).get("/changes").then().statusCode(406).contentType("application/problem+json");
        }
        given().accept("*/*").get("/changes").then().statusCode(200).contentType(containsString("application/json"));
        given().get("/changes").then().statusCode(200).contentType(containsString("application/json"));
    }

    private URI after(String cursor, String type) {
        String query = "after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) + (type == null ? "" : "&type=" + type);
        return URI.create(changes + "?" + query);
    }

    private double cutOff() {
        return metrics.find("change.feed.streams.cut.off").counter().count();
    }

    private static int count(CharSequence text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
