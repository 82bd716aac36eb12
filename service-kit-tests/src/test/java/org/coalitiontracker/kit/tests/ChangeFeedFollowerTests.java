package org.coalitiontracker.kit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.inject.Inject;

import org.coalitiontracker.kit.feed.FeedPositions;
import org.coalitiontracker.kit.tests.app.WidgetContract;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The change feed's guarantee: a follower polling {@code GET /changes} as fast as it can while 16
 * writers create, rename and delete widgets side by side (and some of their writes roll back after
 * their outbox and history rows were written) sees every committed version exactly once, no gap,
 * each key's versions in increasing order, and nothing that rolled back. A second assigner, a
 * {@link FeedPositions} over the same database as a second instance of the service would run, numbers
 * changes beside the application's own all along.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = HttpPortResource.class, scope = TestResourceScope.GLOBAL)
class ChangeFeedFollowerTests {

    private static final int WRITERS = 16;
    private static final int WRITES_PER_WRITER = 60;
    private static final int KEYS = 24;
    private static final String PREFIX = "follow-";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    record Seen(long position, String type, String id, long version, String operation, String name) {
    }

    @Test
    void aFollowerSeesEveryCommittedChangeOnceAndInOrderWhileSixteenWritersAndTwoAssignersRun() throws Exception {
        String start = FeedCalls.end();
        long startPosition = position(start);
        String token = TestTokens.bearer(TestTokens.editor());
        AtomicInteger committed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger rolledBack = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong secondAssigned = new AtomicLong();
        AtomicInteger polls = new AtomicInteger();
        List<Seen> seen = new ArrayList<>();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean drained = new AtomicBoolean(false);
        // The follower: as fast as it can, until the writers are done and everything is numbered and read.
        Future<?> follower = pool.submit(() -> {
            String cursor = start;
            go.await();
            while (true) {
                boolean finalRound = drained.get();
                JsonNode page = get("/changes?limit=100&after=" + cursor);
                polls.incrementAndGet();
                for (JsonNode item : page.path("items")) {
                    seen.add(new Seen(position(item.path("cursor").asText()), item.path("type").asText(), item.path("id").asText(),
                            item.path("version").asLong(), item.path("operation").asText(), item.path("state").path("name").asText(null)));
                }
                cursor = page.path("cursor").asText();
                if (finalRound && !page.path("hasMore").asBoolean()) {
                    return null;
                }
            }
        });
        // A second instance's assigner on the same database, in a tight loop.
        FeedPositions second = new FeedPositions(dataSource, 25, Duration.ofSeconds(10));
        Future<?> secondAssigner = pool.submit(() -> {
            go.await();
            while (writing.get()) {
                secondAssigned.addAndGet(second.assignAll());
                Thread.sleep(1);
            }
            return null;
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                Random random = new Random(writer);
                go.await();
                for (int n = 0; n < WRITES_PER_WRITER; n++) {
                    String key = PREFIX + random.nextInt(KEYS);
                    int pick = random.nextInt(100);
                    int status;
                    if (pick < 55) {
                        status = send("PUT", "/widgets/" + key, "{\"name\": \"w" + writer + "-" + n + "\"}", token);
                    } else if (pick < 70) {
                        status = send("DELETE", "/widgets/" + key, null, token);
                    } else if (pick < 85) {
                        status = send("POST", "/widgets/" + key + "/failed-rename", "{\"name\": \"rolled-back-" + writer + "-" + n + "\"}", token);
                        // 409 as it fails; 412 when a concurrent write to the key won first.
                        assertTrue(status == 409 || status == 412, "a rename that fails after its outbox write: " + status);
                        rolledBack.incrementAndGet();
                    } else {
                        status = send("POST", "/widgets/" + key + "/broken-rename", "{\"name\": \"broken-" + writer + "-" + n + "\"}", token);
                        assertTrue(status == 409 || status == 412, "a rename that breaks a constraint after its outbox write: " + status);
                        rolledBack.incrementAndGet();
                    }
                    statuses.merge(status, 1, Integer::sum);
                    if (pick < 70) {
                        if (status == 200 || status == 204) {
                            committed.incrementAndGet();
                        } else {
                            refused.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> writer : writers) {
            writer.get(5, TimeUnit.MINUTES);
        }
        writing.set(false);
        secondAssigner.get(1, TimeUnit.MINUTES);
        Await.until(() -> assertEquals(0, count("select count(*) from change_feed_pending"), "every committed version numbered"));
        drained.set(true);
        follower.get(1, TimeUnit.MINUTES);
        pool.shutdown();

        // No gap, no duplicate: the follower saw every position after its start exactly once, in order.
        long gaps = 0;
        long duplicates = 0;
        long expected = startPosition + 1;
        for (Seen change : seen) {
            if (change.position() < expected) {
                duplicates++;
            } else {
                gaps += change.position() - expected;
                expected = change.position() + 1;
            }
        }
        long lastPosition = count("select coalesce(max(position), 0) from change_feed");
        gaps += lastPosition + 1 - expected;
        Map<String, List<Long>> versionsByKey = new TreeMap<>();
        seen.stream().filter(s -> s.id().startsWith(PREFIX)).forEach(s -> versionsByKey.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(s.version()));
        Set<String> seenVersions = new TreeSet<>();
        seen.stream().filter(s -> s.id().startsWith(PREFIX)).forEach(s -> seenVersions.add(s.id() + "@" + s.version()));
        Set<String> committedVersions = committedVersions();
        System.out.printf("change feed follower: %d writers, %d writes (%d committed, %d refused by a concurrent write, %d rolled back "
                + "after their outbox write); statuses %s; %d changes seen in %d polls; gaps %d, duplicates %d; positions %d..%d; "
                + "second assigner numbered %d%n", WRITERS, WRITERS * WRITES_PER_WRITER, committed.get(), refused.get(), rolledBack.get(),
                new TreeMap<>(statuses), seen.size(), polls.get(), gaps, duplicates, startPosition + 1, lastPosition, secondAssigned.get());

        assertEquals(0, gaps, "gaps");
        assertEquals(0, duplicates, "duplicates");
        assertEquals(committedVersions, seenVersions, "the follower's changes are the committed versions");
        assertEquals(committedVersions.size(), seen.stream().filter(s -> s.id().startsWith(PREFIX)).count(), "each once");
        assertEquals(committed.get(), committedVersions.size(), "one version per write answered 2xx, none for the others");
        versionsByKey.forEach((key, versions) -> {
            for (int i = 1; i < versions.size(); i++) {
                assertTrue(versions.get(i) > versions.get(i - 1), key + ": versions out of order on the feed: " + versions);
            }
        });
        assertTrue(seen.stream().allMatch(s -> s.name() == null || !(s.name().startsWith("rolled-back") || s.name().startsWith("broken"))),
                "a rolled-back write on the feed");
        assertTrue(seen.stream().allMatch(s -> "widget".equals(s.type())));
        // A mirror built only from the feed equals the record.
        Map<String, String> mirror = new TreeMap<>();
        for (Seen change : seen) {
            if (change.id().startsWith(PREFIX)) {
                if (change.operation().equals("DELETED")) {
                    mirror.remove(change.id());
                } else {
                    mirror.put(change.id(), change.version() + " " + change.name());
                }
            }
        }
        assertEquals(widgets(), mirror, "a mirror of the feed equals the record");
        assertTrue(committed.get() > WRITERS * WRITES_PER_WRITER / 3, "enough writes committed to mean something: " + committed.get());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private int send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long position(String cursor) {
        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        return Long.parseLong(decoded.substring(decoded.lastIndexOf(':') + 1));
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql);
                ResultSet result = select.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<String> committedVersions() throws SQLException {
        Set<String> versions = new TreeSet<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select aggregate_key, version from record_version where topic = ? and aggregate_key like ?")) {
            select.setString(1, WidgetContract.TOPIC.topicName());
            select.setString(2, PREFIX + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.add(rows.getString(1) + "@" + rows.getLong(2));
                }
            }
        }
        return versions;
    }

    private Map<String, String> widgets() throws SQLException {
        Map<String, String> widgets = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select widget_key, version, name from widget where widget_key like ?")) {
            select.setString(1, PREFIX + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    widgets.put(rows.getString(1), rows.getLong(2) + " " + rows.getString(3));
                }
            }
        }
        return new TreeMap<>(widgets);
    }
}
