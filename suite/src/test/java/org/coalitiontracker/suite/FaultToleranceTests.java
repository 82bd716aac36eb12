package org.coalitiontracker.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coalitiontracker.suite.Convergence.Delivery;
import org.coalitiontracker.suite.Convergence.Published;
import org.coalitiontracker.suite.SuiteHttp.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The change-event guarantees under faults, against the real broker and PostgreSQL, on one
 * running suite: Kafka stopped during writes, a consumer and a producer killed with kill -9,
 * concurrent conditional writes, two instances on one database, poison records, PostgreSQL
 * restarted under the relay. After each fault the test waits (with a deadline) until every
 * write is on its topic exactly as answered and every read copy equals its source; a scenario
 * passes or fails on what arrived, never on how fast. Each scenario works on records of its own
 * and leaves the suite running.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceTests {

    private static final Duration DELIVERY = Duration.ofMinutes(2);
    private static final Duration CONVERGENCE = Duration.ofMinutes(1);

    private static RunningSuite suite;
    private static SuiteHttp http;
    private static Convergence convergence;
    private static List<String> countryCodes;

    private boolean kafkaStopped;
    private boolean databaseStopped;
    private final Set<SuiteService> killed = EnumSet.noneOf(SuiteService.class);

    @BeforeAll
    static void startSuite() throws Exception {
        suite = RunningSuite.start();
        http = new SuiteHttp(suite.editorToken());
        convergence = new Convergence(suite);
        countryCodes = convergence.countryCodes();
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    /** Whatever a scenario left broken when it failed is brought back, so the next one starts on a whole suite. */
    @AfterEach
    void restore() throws InterruptedException {
        if (databaseStopped) {
            suite.startDatabase();
            databaseStopped = false;
        }
        if (kafkaStopped) {
            suite.startKafka();
            kafkaStopped = false;
        }
        for (SuiteService service : killed) {
            suite.restart(service);
        }
        killed.clear();
    }

    @Test
    @Order(1)
    void kafkaStoppedFor30SecondsDuring1000WritesLosesNothing() throws Exception {
        // 4 client threads, 25 cycles of 10 writes each: 1,000 writes to the three services.
        Workload workload = new Workload(suite, http, "kafka-outage", true, countries(0, 25)).start(4, 25);
        workload.allow(200);
        workload.awaitAnswered(200);
        // Stopped while the relays are idle: a batch in flight when the broker goes could be
        // appended without its acknowledgement arriving, and be sent again (at least once).
        convergence.awaitOutboxesEmpty(CONVERGENCE);

        stopKafka();
        // 600 writes spread over the 30 s Kafka is down.
        for (int second = 0; second < 30; second++) {
            workload.allow(20);
            Thread.sleep(1000);
        }
        workload.awaitAnswered(800);
        for (SuiteService service : SuiteService.values()) {
            assertEquals(200, http.get(suite.url(service) + "/q/health/ready").status(), service.module() + " stays ready without Kafka");
        }
        long waiting = convergence.outboxRows(SuiteService.COUNTRIES) + convergence.outboxRows(SuiteService.EVENTS)
                + convergence.outboxRows(SuiteService.COMMITMENTS);
        assertTrue(waiting > 0, "the writes made while Kafka is down wait in the outboxes");

        startKafka();
        workload.allowAll();
        workload.finish();

        assertEquals(List.of(), workload.failures(), "every write is answered 2xx, with Kafka down or not");
        assertEquals(1000, workload.answered());
        convergence.awaitPublished(workload.published(), Delivery.EXACTLY_ONCE, DELIVERY);
        convergence.awaitOutboxesEmpty(CONVERGENCE);
        convergence.awaitCopiesEqualSources(CONVERGENCE);
    }

    @Test
    @Order(2)
    void aConsumerKilledWhileEventsStreamInCatchesUpAfterItsRestart() throws Exception {
        // Memberships and events stream in (commitments-service, which is killed, keeps copies of both).
        Workload workload = new Workload(suite, http, "consumer-crash", false, countries(25, 55)).start(2, 30);
        String since = convergence.databaseNow();
        workload.allow(150);
        Convergence.await(CONVERGENCE, () -> workload.answered() >= 100 && appliedSince(SuiteService.COMMITMENTS, since) > 0
                ? null : "commitments-service applying the stream");

        suite.kill(SuiteService.COMMITMENTS);
        killed.add(SuiteService.COMMITMENTS);
        assertFalse(suite.service(SuiteService.COMMITMENTS).isAlive(), "killed");
        workload.allow(200);
        workload.awaitAnswered(350);

        workload.allowAll();
        suite.restart(SuiteService.COMMITMENTS);
        killed.remove(SuiteService.COMMITMENTS);
        workload.finish();

        assertEquals(List.of(), workload.failures());
        convergence.awaitPublished(workload.published(), Delivery.EXACTLY_ONCE, DELIVERY);
        convergence.awaitCopiesEqualSources(CONVERGENCE);
    }

    @Test
    @Order(3)
    void aProducerKilledBetweenCommitAndPublishPublishesFromItsOutboxAfterRestart() throws Exception {
        convergence.awaitOutboxesEmpty(CONVERGENCE);
        stopKafka();
        String coalition = "producer-crash";
        String countriesUrl = suite.url(SuiteService.COUNTRIES);
        Map<String, Map<String, List<Long>>> expected = new TreeMap<>();
        expect(expected, Convergence.COALITIONS, coalition, written("POST", countriesUrl + "/coalitions",
                "{\"id\": \"%s\", \"name\": \"Producer crash\"}".formatted(coalition)));
        List<String> members = countries(60, 75);
        for (int i = 0; i < members.size(); i++) {
            String country = members.get(i);
            String member = countriesUrl + "/coalitions/" + coalition + "/members/" + country;
            String key = coalition + "/" + country;
            expect(expected, Convergence.MEMBERSHIPS, key, written("PUT", member, "{\"role\": \"MEMBER\", \"status\": \"ACTIVE\"}"));
            long version = expect(expected, Convergence.MEMBERSHIPS, key,
                    written("PUT", member, "{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"notes\": \"changed\"}"));
            if (i % 3 == 0) {
                assertEquals(204, http.send("DELETE", member, null, (String) null, null).status());
                expect(expected, Convergence.MEMBERSHIPS, key, version + 1);
            }
        }
        List<String> committed = rows(expected);

        // Committed, not published: the rows are in the outbox when the producer dies.
        assertTrue(convergence.outboxContents(SuiteService.COUNTRIES).containsAll(committed), "outbox holds every committed change");
        suite.kill(SuiteService.COUNTRIES);
        killed.add(SuiteService.COUNTRIES);
        assertTrue(convergence.outboxContents(SuiteService.COUNTRIES).containsAll(committed), "outbox still holds them after kill -9");

        startKafka();
        suite.restart(SuiteService.COUNTRIES);
        killed.remove(SuiteService.COUNTRIES);

        convergence.awaitPublished(expected, Delivery.EXACTLY_ONCE, DELIVERY);
        convergence.awaitOutboxesEmpty(CONVERGENCE);
        convergence.awaitCopiesEqualSources(CONVERGENCE);
    }

    @Test
    @Order(4)
    void ofFiftyConcurrentPutsWithTheSameIfMatchExactlyOneWins() throws Exception {
        String coalition = "same-if-match";
        String countriesUrl = suite.url(SuiteService.COUNTRIES);
        String member = countriesUrl + "/coalitions/" + coalition + "/members/FR";
        long coalitionVersion = written("POST", countriesUrl + "/coalitions", "{\"id\": \"%s\", \"name\": \"Race\"}".formatted(coalition));
        long memberVersion = written("PUT", member, "{\"role\": \"MEMBER\", \"status\": \"ACTIVE\"}");
        Answer event = http.send("POST", suite.url(SuiteService.EVENTS) + "/events", SuiteHttp.JSON, eventBody("Race"), null);
        assertEquals(201, event.status(), event.toString());
        Answer commitment = http.send("POST", suite.url(SuiteService.COMMITMENTS) + "/commitments", SuiteHttp.JSON, commitmentBody(coalition, "Race"), null);
        assertEquals(201, commitment.status(), commitment.toString());

        Map<String, Map<String, List<Long>>> expected = new TreeMap<>();
        expect(expected, Convergence.COALITIONS, coalition, race(countriesUrl + "/coalitions/" + coalition, coalitionVersion,
                i -> "{\"name\": \"Race attempt %d\"}".formatted(i)));
        expect(expected, Convergence.MEMBERSHIPS, coalition + "/FR", race(member, memberVersion,
                i -> "{\"role\": \"MEMBER\", \"status\": \"ACTIVE\", \"notes\": \"attempt %d\"}".formatted(i)));
        expect(expected, Convergence.EVENTS, event.id(), race(suite.url(SuiteService.EVENTS) + "/events/" + event.id(),
                event.requireVersion(), i -> eventBody("Race attempt " + i)));
        expect(expected, Convergence.COMMITMENTS, commitment.id(), race(suite.url(SuiteService.COMMITMENTS) + "/commitments/" + commitment.id(),
                commitment.requireVersion(), i -> commitmentBody(coalition, "Race attempt " + i)));
        for (Map<String, List<Long>> keys : expected.values()) {
            keys.values().forEach(versions -> versions.add(0, versions.get(0) - 1));
        }

        // The winner's version follows the created one: no gap, no second publication.
        convergence.awaitPublished(expected, Delivery.EXACTLY_ONCE, DELIVERY);
    }

    @Test
    @Order(5)
    void twoInstancesOnOneDatabasePublishEachChangeOnceAndInOrder() throws Exception {
        String first = suite.url(SuiteService.COUNTRIES);
        ServiceProcess secondInstance = suite.startAnotherInstance(SuiteService.COUNTRIES);
        try {
            String second = secondInstance.baseUrl();
            double publishedBefore = publishedTotal(first);
            String coalition = "two-instances";
            Map<String, Map<String, List<Long>>> expected = new TreeMap<>();
            expect(expected, Convergence.COALITIONS, coalition,
                    written("POST", first + "/coalitions", "{\"id\": \"%s\", \"name\": \"Two instances\"}".formatted(coalition)));

            // 4 clients, each changing two memberships 30 times, alternately through either instance.
            List<String> members = countries(80, 88);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                List<String> mine = members.subList(2 * c, 2 * c + 2);
                results.add(clients.submit(() -> {
                    List<String> failures = new ArrayList<>();
                    for (int change = 0; change < 30; change++) {
                        String country = mine.get(change % 2);
                        String instance = (change / 2) % 2 == 0 ? first : second;
                        Answer answer = http.send("PUT", instance + "/coalitions/" + coalition + "/members/" + country, SuiteHttp.JSON,
                                "{\"role\": \"%s\", \"status\": \"ACTIVE\", \"notes\": \"change %d\"}".formatted(change % 4 < 2 ? "MEMBER" : "PARTNER", change), null);
                        if (answer.ok()) {
                            expect(expected, Convergence.MEMBERSHIPS, coalition + "/" + country, answer.requireVersion());
                        } else {
                            failures.add(country + " change " + change + ": " + answer);
                        }
                    }
                    return failures;
                }));
            }
            clients.shutdown();
            for (Future<List<String>> result : results) {
                assertEquals(List.of(), result.get(3, TimeUnit.MINUTES));
            }

            convergence.awaitPublished(expected, Delivery.EXACTLY_ONCE, DELIVERY);
            convergence.awaitOutboxesEmpty(CONVERGENCE);
            int changes = expected.values().stream().flatMap(keys -> keys.values().stream()).mapToInt(List::size).sum();
            // Metrics are sampled at scrape time; the last acknowledgements may just have landed.
            Convergence.await(CONVERGENCE, () -> {
                double published = publishedTotal(first) - publishedBefore + publishedTotal(second);
                return published == changes ? null : "the two relays together published " + published + " events for " + changes + " changes";
            });
            convergence.awaitCopiesEqualSources(CONVERGENCE);
        } finally {
            secondInstance.close();
        }
    }

    @Test
    @Order(6)
    void aPoisonRecordOnEachTopicIsDeadLetteredAndLaterRecordsApply() throws Exception {
        String countriesUrl = suite.url(SuiteService.COUNTRIES);
        String coalition = "poison";
        String member = countriesUrl + "/coalitions/" + coalition + "/members/FR";
        written("POST", countriesUrl + "/coalitions", "{\"id\": \"%s\", \"name\": \"Poison\"}".formatted(coalition));
        written("PUT", member, "{\"role\": \"MEMBER\", \"status\": \"ACTIVE\"}");
        Answer event = http.send("POST", suite.url(SuiteService.EVENTS) + "/events", SuiteHttp.JSON, eventBody("Poison"), null);
        assertEquals(201, event.status(), event.toString());
        Answer commitment = http.send("POST", suite.url(SuiteService.COMMITMENTS) + "/commitments", SuiteHttp.JSON, commitmentBody(coalition, "Poison"), null);
        assertEquals(201, commitment.status(), commitment.toString());
        convergence.awaitCopiesEqualSources(CONVERGENCE);

        // The key of a record that follows each poison on the same partition.
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put(Convergence.COUNTRIES, "ZZ");
        keys.put(Convergence.COALITIONS, coalition);
        keys.put(Convergence.MEMBERSHIPS, coalition + "/FR");
        keys.put(Convergence.EVENTS, event.id());
        keys.put(Convergence.COMMITMENTS, commitment.id());

        Map<String, List<RecordMetadata>> poisons = new LinkedHashMap<>();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (Map.Entry<String, String> topic : keys.entrySet()) {
                List<RecordMetadata> sent = new ArrayList<>();
                sent.add(send(producer, topic.getKey(), topic.getValue(), "1000", "{\"truncated\": ".getBytes(StandardCharsets.UTF_8)));
                sent.add(send(producer, topic.getKey(), topic.getValue(), "1000", "[\"not\", \"an\", \"object\"]".getBytes(StandardCharsets.UTF_8)));
                sent.add(send(producer, topic.getKey(), topic.getValue(), null, "{\"no\": \"version\"}".getBytes(StandardCharsets.UTF_8)));
                sent.add(send(producer, topic.getKey(), topic.getValue(), "one", "{\"bad\": \"version\"}".getBytes(StandardCharsets.UTF_8)));
                sent.add(send(producer, topic.getKey(), topic.getValue(), "1000", new byte[] { (byte) 0xc3, (byte) 0x28, '{', '}' }));
                poisons.put(topic.getKey(), sent);
            }
            // Later records, on the same partitions: through the owners' APIs where there is one.
            send(producer, Convergence.COUNTRIES, "ZZ", "1",
                    "{\"code\": \"ZZ\", \"alpha3\": \"ZZZ\", \"name\": \"Poison test\", \"aliases\": [], \"blocs\": []}".getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Long> later = new LinkedHashMap<>();
        later.put(Convergence.COUNTRIES, 1L);
        later.put(Convergence.COALITIONS, written("PATCH", countriesUrl + "/coalitions/" + coalition, "{\"description\": \"after the poison\"}"));
        later.put(Convergence.MEMBERSHIPS, written("PUT", member, "{\"role\": \"LEAD\", \"status\": \"ACTIVE\"}"));
        later.put(Convergence.EVENTS, written("PATCH", suite.url(SuiteService.EVENTS) + "/events/" + event.id(), "{\"title\": \"After the poison\"}"));
        later.put(Convergence.COMMITMENTS, written("PATCH", suite.url(SuiteService.COMMITMENTS) + "/commitments/" + commitment.id(),
                "{\"description\": \"After the poison\"}"));

        // Each consumer of a topic dead-letters each poison once, naming where it came from, and applies what follows.
        for (Map.Entry<String, List<RecordMetadata>> topic : poisons.entrySet()) {
            List<SuiteService> consumers = Convergence.COPIES.entrySet().stream().filter(e -> e.getValue().contains(topic.getKey()))
                    .map(Map.Entry::getKey).sorted().toList();
            String key = keys.get(topic.getKey());
            Convergence.await(CONVERGENCE, () -> {
                List<Published> letters = convergence.read(List.of(topic.getKey() + ".dead-letter"));
                List<String> wrong = new ArrayList<>();
                for (RecordMetadata poison : topic.getValue()) {
                    long count = letters.stream().filter(l -> topic.getKey().equals(l.headers().get("dlt_origin_topic"))
                            && Integer.toString(poison.partition()).equals(l.headers().get("dlt_origin_partition"))
                            && Long.toString(poison.offset()).equals(l.headers().get("dlt_origin_offset"))
                            && key.equals(l.key()) && l.headers().get("dlt_error") != null).count();
                    if (count != consumers.size()) {
                        wrong.add("poison at " + poison.partition() + "@" + poison.offset() + " dead-lettered " + count + " times");
                    }
                }
                for (SuiteService consumer : consumers) {
                    Long copied = convergence.copy(consumer, topic.getKey()).get(key);
                    if (!later.get(topic.getKey()).equals(copied)) {
                        wrong.add(consumer.module() + " has " + key + " at " + copied + ", not the later version " + later.get(topic.getKey()));
                    }
                }
                return wrong.isEmpty() ? null : topic.getKey() + " (kept by " + consumers + "): " + wrong;
            });
        }
        // No service keeps a copy of the coalitions, so nothing consumes (or dead-letters) that topic's poison.
        assertTrue(Convergence.COPIES.values().stream().noneMatch(t -> t.contains(Convergence.COALITIONS)));
        assertEquals(List.of(), convergence.read(List.of(Convergence.COALITIONS + ".dead-letter")));

        // The made-up country goes again (a tombstone above it), so the copies equal their sources.
        try (KafkaProducer<String, byte[]> producer = producer()) {
            send(producer, Convergence.COUNTRIES, "ZZ", "2", null);
        }
        convergence.awaitCopiesEqualSources(CONVERGENCE);
        for (SuiteService service : SuiteService.values()) {
            assertEquals(200, http.get(suite.url(service) + "/q/health/ready").status(), service.module() + " is ready");
        }
    }

    @Test
    @Order(7)
    void postgresRestartedWhileTheRelayRunsLosesNothing() throws Exception {
        // A backlog: 100 writes while Kafka is down wait in the outboxes.
        convergence.awaitOutboxesEmpty(CONVERGENCE);
        stopKafka();
        Workload backlog = new Workload(suite, http, "postgres-backlog", true, countries(100, 105)).start(2, 5);
        backlog.allowAll();
        backlog.finish();
        assertEquals(List.of(), backlog.failures());
        assertTrue(convergence.outboxRows(SuiteService.COUNTRIES) > 0 && convergence.outboxRows(SuiteService.EVENTS) > 0
                && convergence.outboxRows(SuiteService.COMMITMENTS) > 0, "a backlog in every outbox");

        // Writes go on while PostgreSQL goes down and comes back; Kafka returns while it is down,
        // so each relay meets its backlog with the database gone.
        Workload stream = new Workload(suite, http, "postgres-restart", true, countries(110, 118)).start(2, 8);
        stream.allow(40);
        stream.awaitAnswered(40);
        suite.stopDatabase();
        databaseStopped = true;
        startKafka();
        stream.allowAll();
        // Meanwhile a request that needs the database is told to come back later, not that something broke.
        for (SuiteService service : SuiteService.values()) {
            String path = switch (service) {
                case COUNTRIES -> "/coalitions";
                case EVENTS -> "/events";
                case COMMITMENTS -> "/commitments";
            };
            Answer answer = http.get(suite.url(service) + path);
            assertEquals(503, answer.status(), service.module() + " while PostgreSQL is down: " + answer);
            assertEquals("application/problem+json", answer.contentType());
            assertEquals(Optional.of("5"), answer.retryAfter());
        }
        suite.startDatabase();
        databaseStopped = false;
        stream.finish();
        System.out.printf("PostgreSQL restart: %d of %d writes of the stream answered 2xx; the others: %s%n",
                stream.publishedCount(), stream.answered(), stream.failureStatuses());
        assertEquals(List.of(), stream.failuresNotExplainedByRefusals(), "unexplained answers while PostgreSQL was down (all failures by status: "
                + stream.failureStatuses() + ")");

        // Once PostgreSQL is back, writes succeed again.
        Convergence.await(CONVERGENCE, () -> {
            Answer answer = http.send("PUT", suite.url(SuiteService.COUNTRIES) + "/coalitions/postgres-restart-0/members/FR", SuiteHttp.JSON,
                    "{\"role\": \"OBSERVER\", \"status\": \"PROSPECTIVE\"}", null);
            return answer.ok() ? null : "a write after the restart: " + answer;
        });
        convergence.awaitPublished(backlog.published(), Delivery.AT_LEAST_ONCE, DELIVERY);
        convergence.awaitPublished(stream.published(), Delivery.AT_LEAST_ONCE_AND_UNANSWERED, DELIVERY);
        convergence.awaitOutboxesEmpty(CONVERGENCE);
        convergence.awaitCopiesEqualSources(CONVERGENCE);
        for (SuiteService service : SuiteService.values()) {
            Convergence.await(CONVERGENCE, () -> http.get(suite.url(service) + "/q/health/ready").status() == 200 ? null : service.module() + " not ready");
        }
    }

    @Test
    @Order(8)
    void aMembershipDeletedAndCreatedAgainReachesTheReadCopies() throws Exception {
        String countriesUrl = suite.url(SuiteService.COUNTRIES);
        String coalition = "created-again";
        String member = countriesUrl + "/coalitions/" + coalition + "/members/FR";
        written("POST", countriesUrl + "/coalitions", "{\"id\": \"%s\", \"name\": \"Created again\"}".formatted(coalition));
        written("PUT", member, "{\"role\": \"MEMBER\", \"status\": \"ACTIVE\"}");
        written("PUT", member, "{\"role\": \"LEAD\", \"status\": \"ACTIVE\"}");
        assertEquals(204, http.send("DELETE", member, null, (String) null, null).status());
        // The copies hold the deletion at version 2; the new membership must come after it.
        assertEquals(3, written("PUT", member, "{\"role\": \"MEMBER\", \"status\": \"ACTIVE\", \"notes\": \"joined again\"}"));
        convergence.awaitCopiesEqualSources(CONVERGENCE);

        // The same for a whole coalition, whose deletion takes its memberships with it.
        assertEquals(204, http.send("DELETE", countriesUrl + "/coalitions/" + coalition, null, (String) null, null).status());
        written("POST", countriesUrl + "/coalitions", "{\"id\": \"%s\", \"name\": \"Created again, twice\"}".formatted(coalition));
        assertEquals(5, written("PUT", member, "{\"role\": \"PARTNER\", \"status\": \"PROSPECTIVE\"}"));
        convergence.awaitCopiesEqualSources(CONVERGENCE);
    }

    // --- helpers ---

    private void stopKafka() throws InterruptedException {
        suite.stopKafka();
        kafkaStopped = true;
    }

    private void startKafka() throws InterruptedException {
        suite.startKafka();
        kafkaStopped = false;
    }

    private static List<String> countries(int from, int to) {
        return countryCodes.subList(from, to);
    }

    /** A write that must succeed; returns the version it was answered with. */
    private static long written(String method, String url, String body) {
        String contentType = method.equals("PATCH") ? SuiteHttp.MERGE_PATCH : SuiteHttp.JSON;
        Answer answer = http.send(method, url, contentType, body, null);
        assertTrue(answer.ok(), method + " " + url + ": " + answer);
        return answer.requireVersion();
    }

    private static long expect(Map<String, Map<String, List<Long>>> expected, String topic, String key, long version) {
        synchronized (expected) {
            expected.computeIfAbsent(topic, t -> new TreeMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(version);
        }
        return version;
    }

    /** The expected changes as outbox rows, {@code topic key version}. */
    private static List<String> rows(Map<String, Map<String, List<Long>>> expected) {
        List<String> rows = new ArrayList<>();
        expected.forEach((topic, keys) -> keys.forEach((key, versions) -> versions.forEach(v -> rows.add(topic + " " + key + " " + v))));
        return rows;
    }

    /**
     * 50 PUTs at once to {@code url}, each with its own body and all with {@code If-Match} of
     * {@code version}: exactly one may succeed, the others get 412. Returns the winner's version.
     */
    private static long race(String url, long version, IntFunction<String> body) throws Exception {
        int racers = 50;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch ready = new CountDownLatch(racers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            int attempt = i;
            answers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return http.send("PUT", url, SuiteHttp.JSON, body.apply(attempt), "\"" + version + "\"");
            }));
        }
        ready.await();
        go.countDown();
        List<Answer> results = new ArrayList<>();
        for (Future<Answer> answer : answers) {
            results.add(answer.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        Map<Integer, Integer> statuses = new TreeMap<>();
        results.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
        assertEquals(Map.of(200, 1, 412, racers - 1), statuses, "answers to 50 PUTs with If-Match \"" + version + "\" on " + url
                + "; e.g. " + results.stream().filter(a -> a.status() != 412).findFirst().orElse(results.get(0)));
        long winner = results.stream().filter(Answer::ok).findFirst().orElseThrow().requireVersion();
        assertEquals(version + 1, winner, "the winner's version");
        return winner;
    }

    private static String eventBody(String title) {
        return """
                {"title": "%s", "kind": "CALL", "status": "ANNOUNCED", "startsAt": "2025-09-04T11:00:00+02:00", "timeZone": "Europe/Paris"}"""
                .formatted(title);
    }

    private static String commitmentBody(String coalition, String description) {
        return """
                {"countryCode": "FR", "coalitionId": "%s", "category": "AIR", "status": "PLEDGED", "description": "%s"}"""
                .formatted(coalition, description);
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
    }

    private static RecordMetadata send(KafkaProducer<String, byte[]> producer, String topic, String key, String version, byte[] value)
            throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "/fault-tests".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", "org.coalitiontracker.test.poison".getBytes(StandardCharsets.UTF_8));
        if (version != null) {
            record.headers().add("ce_aggregateversion", version.getBytes(StandardCharsets.UTF_8));
        }
        return producer.send(record).get(30, TimeUnit.SECONDS);
    }

    private static final Pattern PUBLISHED_TOTAL = Pattern.compile("(?m)^outbox_published_total(?:\\{[^}]*\\})? ([0-9.Ee+-]+)$");

    /** {@code outbox_published_total} of one instance. */
    private static double publishedTotal(String instance) {
        Answer metrics = http.get(instance + "/q/metrics");
        assertEquals(200, metrics.status());
        Matcher matcher = PUBLISHED_TOTAL.matcher(metrics.body());
        double total = 0;
        while (matcher.find()) {
            total += Double.parseDouble(matcher.group(1));
        }
        return total;
    }

    private long appliedSince(SuiteService service, String since) {
        try (Connection connection = convergence.connect(service);
                PreparedStatement select = connection.prepareStatement("select count(*) from read_copy where received_at > cast(? as timestamptz)")) {
            select.setString(1, since);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
