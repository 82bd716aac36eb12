package org.coalitiontracker.kit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A server-sent events client as a mirror would write one: the JDK's HttpClient reading the body
 * line by line, an event at each empty line, comment lines kept apart so that tests can see the
 * heartbeats.
 */
final class ChangeFeedSseClient implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One event as the client dispatches it; a comment line is one with only {@code comment}. */
    record Event(String id, String name, String data, String comment) {

        boolean isComment() {
            return comment != null;
        }
    }

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    private ChangeFeedSseClient(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens {@code uri} with {@code Accept: text/event-stream} and the given headers; returns once the answer's headers came. */
    static ChangeFeedSseClient open(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                    .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertEquals(200, response.statusCode(), () -> "the stream was refused: " + body(response));
            assertEquals("text/event-stream", response.headers().firstValue("Content-Type").orElse(""));
            return new ChangeFeedSseClient(response);
        } catch (Exception e) {
            throw new AssertionError("cannot open " + uri, e);
        }
    }

    /** The next {@code count} events that are not comments, waiting for each at most 30 s. */
    List<Event> changes(int count) {
        List<Event> changes = new ArrayList<>();
        while (changes.size() < count) {
            Event event = next(e -> !e.isComment());
            assertNotNull(event, () -> "only " + changes.size() + " of " + count + " events came: " + changes);
            changes.add(event);
        }
        return changes;
    }

    /** The next event {@code wanted} accepts, skipping the others; null when none came in 30 s. */
    Event next(Predicate<Event> wanted) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            while (true) {
                Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event == null || wanted.test(event)) {
                    return event;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whatever came so far and was not taken. */
    List<Event> drained() {
        List<Event> rest = new ArrayList<>();
        events.drainTo(rest);
        return rest;
    }

    @Override
    public void close() {
        try {
            // Closing the body before its end cancels the exchange: the connection goes.
            response.body().close();
        } catch (IOException e) {
            // already gone
        }
        reader.interrupt();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = null;
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, name, data.toString(), null));
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    events.add(new Event(null, null, null, line.substring(1).strip()));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1);
                    if (value.startsWith(" ")) {
                        value = value.substring(1);
                    }
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> {
                        }
                    }
                }
            }
        } catch (IOException e) {
            // the stream was closed
        }
    }

    private static String body(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
