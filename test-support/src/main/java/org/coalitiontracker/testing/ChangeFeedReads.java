package org.coalitiontracker.testing;

import static io.restassured.RestAssured.given;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * A service's change feed ({@code GET /changes}, docs/change-events.md) read the way a client reads
 * it, for the services' wiring tests: the machinery itself is tested once in service-kit-tests.
 */
public final class ChangeFeedReads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private ChangeFeedReads() {
    }

    /** The cursor of the feed's end now: where a follower that wants only what comes next starts. */
    public static String end() {
        JsonPath page = page(null);
        while (page.getBoolean("hasMore")) {
            page = page(page.getString("cursor"));
        }
        return page.getString("cursor");
    }

    /**
     * Follows the feed from {@code after} until {@code count} changes of the record {@code type}/{@code id}
     * have come (the assigner numbers them right after commit), and returns them in feed order.
     */
    public static List<JsonNode> changesOf(String after, String type, String id, int count) {
        List<JsonNode> found = new ArrayList<>();
        String cursor = after;
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (found.size() < count) {
            JsonPath page = page(cursor);
            for (Object item : page.getList("items")) {
                JsonNode change = JSON.valueToTree(item);
                if (change.path("type").asText().equals(type) && change.path("id").asText().equals(id)) {
                    found.add(change);
                }
            }
            cursor = page.getString("cursor");
            if (found.size() < count && !page.getBoolean("hasMore")) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new AssertionError("only " + found.size() + " of " + count + " changes of " + type + " " + id + " on the feed: " + found);
                }
                pause();
            }
        }
        return found;
    }

    private static JsonPath page(String after) {
        var request = given().queryParam("limit", 1000);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.get("/changes").then().statusCode(200).extract().jsonPath();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Opens {@code GET /changes} as server-sent events after {@code after}, narrowed to {@code type}. */
    public static Stream stream(String after, String type) {
        return new Stream(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/changes?after=" + after + "&type=" + type));
    }

    /** An open event stream; its lines are read on a thread of its own, so that a test can wait with a bound. */
    public static final class Stream implements AutoCloseable {

        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final InputStream body;
        private final Thread reader;

        private Stream(URI uri) {
            try {
                HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
                    throw new AssertionError("the stream answered " + response.statusCode() + " " + response.headers().map());
                }
                body = response.body();
            } catch (IOException e) {
                throw new AssertionError("cannot open " + uri, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            reader = new Thread(() -> {
                try (BufferedReader text = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    for (String line = text.readLine(); line != null; line = text.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException closed) {
                    // The test closed the stream.
                }
            }, "change-stream-reader");
            reader.setDaemon(true);
            reader.start();
        }

        /** The next event's {@code id:} and {@code data:} (as JSON) whose data is a change of {@code id}; empty after 30 s. */
        public Optional<Map.Entry<String, JsonNode>> nextChangeOf(String id) {
            Instant giveUp = Instant.now().plus(PATIENCE);
            String eventId = null;
            try {
                while (Instant.now().isBefore(giveUp)) {
                    String line = lines.poll(100, TimeUnit.MILLISECONDS);
                    if (line == null) {
                        continue;
                    }
                    if (line.startsWith("id:")) {
                        eventId = line.substring(3).strip();
                    } else if (line.startsWith("data:")) {
                        JsonNode change = JSON.readTree(line.substring(5).strip());
                        if (change.path("id").asText().equals(id)) {
                            return Optional.of(Map.entry(eventId, change));
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new AssertionError("an event's data is not JSON", e);
            }
            return Optional.empty();
        }

        @Override
        public void close() {
            try {
                body.close();
            } catch (IOException e) {
                // Closing is all that is wanted.
            }
            reader.interrupt();
        }
    }
}
