package org.coalitiontracker.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Propagation: from a write's 2xx at events-service to the event being in commitments-service's
 * read copy (the time that service's consumer applied it, {@code clock_timestamp()} in the same
 * PostgreSQL server, so one clock). Writes at a steady rate from a scheduler, the open model.
 * Not part of the build: run it with the command in benchmarks/README.md. Prints the figures and
 * writes benchmarks/propagation-results.md.
 */
class PropagationBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void propagationFromWriteToReadCopy() throws Exception {
        List<String> lines = new ArrayList<>();
        try (RunningSuite suite = RunningSuite.start()) {
            run(suite, 20, Duration.ofSeconds(10)); // warm-up, not reported
            lines.add(row(run(suite, 50, Duration.ofSeconds(60))));
            for (int rate : new int[] { 100, 200, 400 }) {
                lines.add(row(run(suite, rate, Duration.ofSeconds(20))));
            }
        }
        String report = """
                # Propagation benchmark

                From an event's `POST /events` 2xx at events-service to that event being applied to
                commitments-service's read copy (via outbox, relay, Kafka, consumer). Open model: writes
                are started at a fixed rate whatever the latency; 8 client threads.

                - Machine: %d cores, %s, Java %s
                - Date: %s
                - Suite: Quarkus 3.37.1, Kafka 4.2.1 (single broker process), embedded PostgreSQL 14
                - Reproduce: `./mvnw -B -pl suite -am verify -Dtest=PropagationBenchmark -Dsurefire.failIfNoSpecifiedTests=false`

                | target rate (writes/s) | duration | writes ok | achieved rate | p50 ms | p99 ms | max ms | not propagated after 30 s |
                |---|---|---|---|---|---|---|---|
                %s
                """.formatted(Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version"), LocalDate.now(), String.join("\n", lines));
        Path results = Path.of(System.getProperty("suite.root", "..")).resolve("benchmarks/propagation-results.md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, report);
        System.out.println(report);
    }

    private record Result(int rate, Duration duration, int ok, double achieved, double p50, double p99, double max, int missing) {
    }

    private static String row(Result r) {
        return "| %d | %d s | %d | %.1f/s | %.1f | %.1f | %.1f | %d |".formatted(r.rate, r.duration.toSeconds(), r.ok, r.achieved, r.p50, r.p99,
                r.max, r.missing);
    }

    private static Result run(RunningSuite suite, int rate, Duration duration) throws Exception {
        String events = suite.url(SuiteService.EVENTS) + "/events";
        String token = suite.editorToken();
        Map<String, Instant> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        long started = System.nanoTime();
        pacer.scheduleAtFixedRate(() -> clients.submit(() -> post(events, token, sequence.incrementAndGet(), acknowledged)),
                0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        Thread.sleep(duration.toMillis());
        pacer.shutdownNow();
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;

        Map<String, Instant> applied = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        do {
            applied.putAll(appliedAt(suite, acknowledged.keySet()));
            if (applied.size() < acknowledged.size()) {
                Thread.sleep(200);
            }
        } while (applied.size() < acknowledged.size() && System.nanoTime() < deadline);

        double[] millis = acknowledged.entrySet().stream().filter(e -> applied.containsKey(e.getKey()))
                .mapToDouble(e -> Duration.between(e.getValue(), applied.get(e.getKey())).toNanos() / 1e6).sorted().toArray();
        return new Result(rate, duration, acknowledged.size(), acknowledged.size() / seconds, percentile(millis, 0.50),
                percentile(millis, 0.99), millis.length == 0 ? Double.NaN : millis[millis.length - 1], acknowledged.size() - millis.length);
    }

    private static void post(String url, String token, int n, Map<String, Instant> acknowledged) {
        String body = """
                {"title": "Benchmark call %d", "kind": "CALL", "format": "VIRTUAL", "status": "HELD",
                 "startsAt": "2025-09-04T11:00:00+02:00", "timeZone": "Europe/Paris"}""".formatted(n);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Instant ok = Instant.now();
            Matcher id = ID.matcher(response.body().replace(" ", ""));
            if (response.statusCode() == 201 && id.find()) {
                acknowledged.put(id.group(1), ok);
            }
        } catch (IOException e) {
            // counted as a write that did not succeed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Instant> appliedAt(RunningSuite suite, java.util.Set<String> keys) throws Exception {
        Map<String, Instant> applied = new ConcurrentHashMap<>();
        try (Connection connection = DriverManager.getConnection(suite.jdbcUrl(SuiteService.COMMITMENTS), "postgres", "postgres");
                PreparedStatement query = connection.prepareStatement(
                        "select aggregate_key, received_at from read_copy where topic = 'coalition-tracker.events' and aggregate_key = any (?)")) {
            query.setArray(1, connection.createArrayOf("varchar", keys.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    applied.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                }
            }
        }
        return applied;
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
