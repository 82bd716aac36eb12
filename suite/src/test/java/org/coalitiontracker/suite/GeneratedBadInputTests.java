package org.coalitiontracker.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.coalitiontracker.suite.BadRequests.BadRequest;
import org.coalitiontracker.suite.BadRequests.Expected;
import org.coalitiontracker.suite.BadRequests.Kind;
import org.coalitiontracker.suite.BadRequests.Operation;
import org.coalitiontracker.suite.SuiteHttp.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Thousands of bad requests, generated from each service's own OpenAPI document, against the
 * running suite: every operation, with mutated path parameters, query parameters, bodies (wrong
 * types, over-long and unstorable text, deep nesting, missing and unknown fields, numbers out of
 * range, bad dates and enum values, broken JSON and UTF-8), conditions and content types. Every
 * write the generator makes is invalid by construction (see {@link BadRequests}), so none may
 * succeed: no request may get a 5xx (or no answer), no write a 2xx, and afterwards the lists'
 * totals, the records' versions, the outboxes and the topics are as they were.
 *
 * <p>Reproducible: the seed is printed with every failure; {@code -Dfuzz.seed=<seed>} (and
 * {@code -Dfuzz.requests=<n>}) replays a run.
 */
class GeneratedBadInputTests {

    private static final long SEED = Long.getLong("fuzz.seed", 20251122L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 3000);
    private static final int CONCURRENCY = 4;
    private static final String COALITION = "fuzz-target";

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static RunningSuite suite;
    private static SuiteHttp http;
    /** An admin's, so that the admin operations' own checks are reached too. */
    private static String token;
    private static Map<SuiteService, Map<String, String>> existing;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startSuiteWithRecordsToAim() throws Exception {
        suite = RunningSuite.start();
        token = suite.adminToken();
        http = new SuiteHttp(token);
        String countries = suite.url(SuiteService.COUNTRIES);
        ok(http.send("POST", countries + "/coalitions", SuiteHttp.JSON, "{\"id\": \"%s\", \"name\": \"Fuzz target\"}".formatted(COALITION), null));
        ok(http.send("PUT", countries + "/coalitions/" + COALITION + "/members/FR", SuiteHttp.JSON, "{\"role\": \"LEAD\", \"status\": \"ACTIVE\"}", null));
        String event = ok(http.send("POST", suite.url(SuiteService.EVENTS) + "/events", SuiteHttp.JSON, """
                {"title": "Fuzz target", "kind": "CALL", "status": "ANNOUNCED", "startsAt": "2025-09-04T11:00:00+02:00", "timeZone": "Europe/Paris"}""",
                null)).id();
        ok(http.send("PUT", suite.url(SuiteService.EVENTS) + "/events/" + event + "/participants/FR", SuiteHttp.JSON, "{\"role\": \"HOST\"}", null));
        String commitment = ok(http.send("POST", suite.url(SuiteService.COMMITMENTS) + "/commitments", SuiteHttp.JSON, """
                {"countryCode": "FR", "coalitionId": "%s", "category": "AIR", "status": "PLEDGED", "announcedAtEventId": "%s"}"""
                .formatted(COALITION, event), null)).id();
        // What each path parameter names when it is not mutated: records that exist.
        existing = new EnumMap<>(SuiteService.class);
        existing.put(SuiteService.COUNTRIES, Map.of("id", COALITION, "countryCode", "FR", "code", "FR"));
        existing.put(SuiteService.EVENTS, Map.of("id", event, "countryCode", "FR"));
        existing.put(SuiteService.COMMITMENTS, Map.of("id", commitment));
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void generatedBadRequestsGetTheAnswerOfTheirKindAndWriteNothing() throws Exception {
        List<Operation> operations = new ArrayList<>();
        for (SuiteService service : SuiteService.values()) {
            Answer document = http.get(suite.url(service) + "/q/openapi?format=json");
            assertEquals(200, document.status());
            operations.addAll(BadRequests.operations(service, JSON.readTree(document.body())));
        }
        awaitQuiet();
        Map<String, Object> before = fingerprint();

        BadRequests generator = new BadRequests(SEED, operations, existing);
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<Kind, Map<Integer, AtomicInteger>> perKind = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> perOperation = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENCY);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CONCURRENCY; c++) {
            running.add(clients.submit(() -> {
                for (int index = next.getAndIncrement(); index < REQUESTS; index = next.getAndIncrement()) {
                    BadRequest request = generator.request(index);
                    Reply reply = send(request);
                    statuses.computeIfAbsent(reply.status(), s -> new AtomicInteger()).incrementAndGet();
                    perKind.computeIfAbsent(request.kind(), k -> new ConcurrentHashMap<>()).computeIfAbsent(reply.status(), s -> new AtomicInteger())
                            .incrementAndGet();
                    perOperation.computeIfAbsent(request.operation().toString(), s -> new AtomicInteger()).incrementAndGet();
                    String wrong = judge(request, reply);
                    if (wrong != null) {
                        violations.add("request #" + index + " (seed " + SEED + "): " + request + "\n    -> " + wrong);
                    }
                }
                return null;
            }));
        }
        clients.shutdown();
        for (Future<?> client : running) {
            client.get(10, TimeUnit.MINUTES);
        }
        System.out.printf("GeneratedBadInputTests: %d requests (seed %d) of %d kinds over %d operations in %.1f s; statuses %s%n", REQUESTS, SEED,
                perKind.size(), operations.size(), (System.nanoTime() - started) / 1e9, new TreeMap<>(statuses));
        new TreeMap<>(perKind).forEach((kind, seen) -> System.out.printf("  %-24s %5d  %s%n", kind.label(),
                seen.values().stream().mapToInt(AtomicInteger::get).sum(), new TreeMap<>(seen)));

        List<String> first;
        synchronized (violations) {
            violations.stream().collect(Collectors.groupingBy(v -> v.substring(v.indexOf('[') + 1, v.indexOf(':', v.indexOf('['))), TreeMap::new,
                    Collectors.toList())).forEach((kind, wrong) -> System.out.printf("  %d wrong of the kind %s, such as%n    %s%n", wrong.size(), kind,
                            String.join("\n    ", wrong.subList(0, Math.min(3, wrong.size())))));
            first = List.copyOf(violations.subList(0, Math.min(30, violations.size())));
        }
        assertEquals(List.of(), first, violations.size() + " of " + REQUESTS + " requests answered wrongly (seed " + SEED
                + "; replay with -Dfuzz.seed=" + SEED + ")");
        for (Operation operation : operations) {
            assertTrue(perOperation.containsKey(operation.toString()), "no request generated for " + operation);
        }
        for (Kind kind : generator.admittedKinds()) {
            assertTrue(perKind.containsKey(kind), "no request generated of the kind " + kind.label());
        }
        awaitQuiet();
        assertEquals(before, fingerprint(), "what the services hold and published (seed " + SEED + ")");
    }

    /** What a service answered: status (0: no answer), the headers that matter here, and the body. */
    record Reply(int status, String contentType, String allow, String body, String failure) {

        @Override
        public String toString() {
            return status == 0 ? "no answer (" + failure + ")" : status + " " + contentType + " " + SuiteHttp.abbreviate(body, 300);
        }
    }

    private static Reply send(BadRequest request) {
        String url = suite.url(request.operation().service()) + request.rawPathAndQuery();
        return request.raw() ? sendRaw(URI.create(suite.url(request.operation().service())), request) : sendWithClient(url, request);
    }

    private static Reply sendWithClient(String url, BadRequest request) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .method(request.method(), request.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(builder::header);
            HttpResponse<String> response = CLIENT.send(builder.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    String.join(", ", response.headers().allValues("Allow")), response.body(), null);
        } catch (IOException | IllegalArgumentException e) {
            return new Reply(0, "", "", "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, "", "", "", "interrupted");
        }
    }

    /** Writes the request line and headers as they are, which no HTTP client would send; only the status line is read. */
    private static Reply sendRaw(URI service, BadRequest request) {
        StringBuilder head = new StringBuilder(request.method() + " " + request.rawPathAndQuery() + " HTTP/1.1\r\nHost: " + service.getAuthority()
                + "\r\nAuthorization: Bearer " + token + "\r\n");
        request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: 0\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket(service.getHost(), service.getPort())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String statusLine = answer.lines().findFirst().orElse("");
            int bodyStart = answer.indexOf("\r\n\r\n");
            String contentType = answer.lines().takeWhile(l -> !l.isEmpty()).filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .map(l -> l.substring(13).trim()).findFirst().orElse("");
            return new Reply(Integer.parseInt(statusLine.split(" ")[1]), contentType, "", bodyStart < 0 ? "" : answer.substring(bodyStart + 4), null);
        } catch (IOException | RuntimeException e) {
            return new Reply(0, "", "", "", e.toString());
        }
    }

    /** Null when the answer is the one the request's kind must get, otherwise why not. */
    private static String judge(BadRequest request, Reply reply) {
        Expected expected = request.expected();
        if (reply.status() == 0) {
            return "no answer: " + reply.failure();
        }
        if (reply.status() >= 500) {
            return "server error " + reply;
        }
        if (request.isWrite() && reply.status() < 400) {
            return "a bad write was accepted: " + reply;
        }
        if (!expected.statuses().contains(reply.status())) {
            return "expected one of " + expected.statuses() + ", got " + reply;
        }
        if (reply.body().contains("\tat ") || reply.body().contains("Exception:")) {
            return "a stack trace in the answer: " + reply;
        }
        if (reply.status() < 400 || !expected.problem()) {
            return null;
        }
        if (!reply.contentType().startsWith("application/problem+json")) {
            return "an error that is not a problem document (" + reply.contentType() + "): " + reply;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(reply.body());
        } catch (IOException e) {
            return "a problem document that is not JSON: " + reply;
        }
        if (problem.path("status").asInt() != reply.status() || !problem.path("type").asText().startsWith("urn:coalition-tracker:problem:")) {
            return "a problem whose status or type does not fit: " + reply;
        }
        // Only a wrong method keeps the operation's path; a dot segment or an unknown path can land
        // on another path, whose methods Allow then names. An empty Allow is left (kit.http.AllowedMethods
        // cannot place a path whose parameter holds an encoded slash, e.g. /admin/read-copies/a%2Fb/rebuild).
        if (reply.status() == 405 && request.kind() == BadRequests.Kind.WRONG_METHOD && !reply.allow().isBlank()) {
            Set<String> allowed = Set.of(reply.allow().replace(" ", "").split(","));
            if (!allowed.containsAll(request.operation().methodsOfPath()) || allowed.contains(request.method())) {
                return "Allow: " + reply.allow() + " is not what the path has, " + request.operation().methodsOfPath();
            }
        }
        if (expected.field().isPresent() && Set.of(400, 412, 422).contains(reply.status())) {
            String field = expected.field().get();
            List<String> named = new ArrayList<>();
            problem.path("errors").forEach(e -> named.add(e.path("field").asText()));
            boolean found = named.stream().anyMatch(n -> n.equals(field) || n.startsWith(field + "[") || n.startsWith(field + "."));
            if (!found && (expected.strictField() || !named.isEmpty())) {
                return "errors[].field does not name " + field + ": " + reply;
            }
        }
        return null;
    }

    /** Everything a write would change: list totals, the aimed-at records' versions, the outboxes, the topics' ends. */
    private static Map<String, Object> fingerprint() {
        Map<String, Object> print = new LinkedHashMap<>();
        String countries = suite.url(SuiteService.COUNTRIES);
        String events = suite.url(SuiteService.EVENTS);
        String commitments = suite.url(SuiteService.COMMITMENTS);
        String event = existing.get(SuiteService.EVENTS).get("id");
        String commitment = existing.get(SuiteService.COMMITMENTS).get("id");
        for (String list : List.of(countries + "/countries", countries + "/coalitions", countries + "/coalitions/" + COALITION + "/members",
                events + "/events", events + "/events/" + event + "/participants", events + "/events/" + event + "/commitments",
                commitments + "/commitments?includeWithdrawn=true", commitments + "/commitments/" + commitment + "/history")) {
            print.put("total of " + list, total(http.get(list + (list.contains("?") ? "&" : "?") + "size=1")));
        }
        for (String record : List.of(countries + "/coalitions/" + COALITION, countries + "/coalitions/" + COALITION + "/members/FR",
                events + "/events/" + event, commitments + "/commitments/" + commitment)) {
            print.put("version of " + record, http.get(record).version());
        }
        Convergence convergence = new Convergence(suite);
        for (SuiteService service : SuiteService.values()) {
            print.put("outbox rows of " + service.module(), convergence.outboxRows(service));
        }
        print.put("topic ends", topicEnds());
        return print;
    }

    private static Object total(Answer list) {
        if (list.status() != 200) {
            return list.toString();
        }
        try {
            return JSON.readTree(list.body()).path("total").asLong(-1);
        } catch (Exception e) {
            return list.body();
        }
    }

    private static Map<String, Long> topicEnds() {
        Map<String, Long> ends = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> reader = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()))) {
            List<TopicPartition> partitions = reader.listTopics(Duration.ofSeconds(15)).entrySet().stream()
                    .filter(t -> t.getKey().startsWith("coalition-tracker."))
                    .flatMap(t -> t.getValue().stream().map(p -> new TopicPartition(p.topic(), p.partition()))).toList();
            reader.endOffsets(partitions, Duration.ofSeconds(15)).forEach((partition, end) -> ends.merge(partition.topic(), end, Long::sum));
        }
        return ends;
    }

    /** The seed records' change events are out of the outboxes and applied, so the fingerprint is stable. */
    private static void awaitQuiet() throws InterruptedException {
        Convergence convergence = new Convergence(suite);
        convergence.awaitOutboxesEmpty(Duration.ofMinutes(1));
        convergence.awaitCopiesEqualSources(Duration.ofMinutes(1));
    }

    private static Answer ok(Answer answer) {
        assertTrue(answer.ok(), answer.toString());
        return answer;
    }
}
