package org.coalitiontracker.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.coalitiontracker.suite.Convergence.Delivery;
import org.coalitiontracker.suite.SuiteHttp.Answer;
import org.coalitiontracker.testing.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults of the network rather than of processes, on one running suite whose services reach
 * the broker and PostgreSQL each through a {@link FaultyLink} of their own (the test's reader
 * and its JDBC checks go direct). A black-holed link drops nothing and refuses nothing: packets
 * simply stop arriving, as in a partition, so clients wait on open connections until their own
 * timeouts. Like {@link FaultToleranceTests}, a scenario passes or fails on what arrived, never
 * on how fast; the figures it prints (writes, longest request) are for the fault table.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkFaultTests {

    private static final Duration DELIVERY = Duration.ofMinutes(3);
    private static final Duration CONVERGENCE = Duration.ofMinutes(2);
    private static final Pattern KAFKA_UNREACHABLE = Pattern.compile("\"kafkaReachable\"\\s*:\\s*false");
    private static final Pattern KAFKA_REACHABLE = Pattern.compile("\"kafkaReachable\"\\s*:\\s*true");
    /**
     * How long a request may wait while its service's database does not answer: the pool's
     * acquisition timeout (5 s; past it the pool may still open a connection for the request in
     * the request's own thread) plus the database read timeout (10 s, which bounds a statement
     * and a new connection's log-in alike), the kit's settings, plus 5 s of margin. Shorter than the 30 s partition, so a request that
     * waits for the link to come back fails it; a guarantee of the configuration, not a speed.
     */
    private static final Duration DATABASE_BOUND = Duration.ofSeconds(20);
    /** After the heal: the read timeout (10 s) for connections stuck before it, and the 5 s an owner's open breaker waits. */
    private static final Duration RECOVERY = Duration.ofSeconds(15);

    /** Added in each direction of the links to the broker in the slow, lossy scenario: every round trip is 600 ms longer. */
    private static final Duration LOSSY_LINK_DELAY = Duration.ofMillis(300);

    private static final Map<SuiteService, FaultyLink> toKafka = new EnumMap<>(SuiteService.class);
    private static final Map<SuiteService, FaultyLink> toPostgres = new EnumMap<>(SuiteService.class);
    private static RunningSuite suite;
    private static SuiteHttp http;
    private static Convergence convergence;
    private static List<String> countryCodes;

    @BeforeAll
    static void startSuite() throws Exception {
        SuiteSettings plain = RunningSuite.settings(RunningSuite.ROOT.resolve("suite/target/suite-" + System.nanoTime()));
        Map<SuiteService, SuiteSettings.ServiceLinks> links = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            int listener = FreePorts.pick();
            FaultyLink kafka = FaultyLink.open(FreePorts.pick(), listener);
            FaultyLink postgres = FaultyLink.open(FreePorts.pick(), plain.postgresPort());
            toKafka.put(service, kafka);
            toPostgres.put(service, postgres);
            links.put(service, new SuiteSettings.ServiceLinks(listener, kafka.port(), postgres.port()));
        }
        SuiteSettings linked = new SuiteSettings(plain.root(), plain.dataDirectory(), plain.servicePorts(), plain.externalPostgres(),
                plain.postgresPort(), plain.externalKafka(), plain.kafkaPort(), plain.kafkaControllerPort(), false, links, Map.of());
        suite = RunningSuite.start(linked);
        http = new SuiteHttp(suite.editorToken());
        convergence = new Convergence(suite);
        countryCodes = convergence.countryCodes();
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
        toKafka.values().forEach(FaultyLink::close);
        toPostgres.values().forEach(FaultyLink::close);
    }

    /** A scenario that failed mid-fault leaves every link whole for the next one. */
    @AfterEach
    void heal() {
        toKafka.values().forEach(FaultyLink::pass);
        toPostgres.values().forEach(FaultyLink::pass);
    }

    @Test
    @Order(1)
    void everyServicePartitionedFromKafkaFor60SecondsLosesNoWrite() throws Exception {
        // 4 clients, 20 cycles of 10 writes each (the coalitions they work on are created first, uncounted): 800 writes to the three services.
        Workload workload = new Workload(suite, http, "kafka-partition", true, countryCodes.subList(0, 20)).start(4, 20);
        CopyApplyLog applies = CopyApplyLog.start(convergence);
        workload.allow(160);
        workload.awaitAnswered(160);
        convergence.awaitOutboxesEmpty(CONVERGENCE);
        workload.takeLongest();

        toKafka.values().forEach(FaultyLink::blackHole);
        Set<SuiteService> reportedUnreachable = EnumSet.noneOf(SuiteService.class);
        long longestReadiness = 0;
        // 480 writes spread over the 60 s of the partition, readiness asked every second.
        for (int second = 0; second < 60; second++) {
            workload.allow(8);
            longestReadiness = Math.max(longestReadiness, askEveryService("/q/health/ready", (service, ready) -> {
                assertTrue(ready.status() == 200 || ready.status() == 503, service.module() + " readiness answers: " + ready);
                if (KAFKA_UNREACHABLE.matcher(ready.body()).find()) {
                    reportedUnreachable.add(service);
                }
            }));
            Thread.sleep(1000);
        }
        workload.awaitAnswered(640);
        Duration longestDuring = workload.takeLongest();
        assertEquals(EnumSet.allOf(SuiteService.class), reportedUnreachable, "readiness reports Kafka unreachable during the partition");

        toKafka.values().forEach(FaultyLink::pass);
        workload.allowAll();
        workload.finish();

        assertEquals(List.of(), workload.failures(), "every write is answered 2xx, partitioned from Kafka or not");
        assertEquals(800, workload.answered());
        // Held bytes flow on heal, so a batch the relay gave up on during the partition may reach
        // the broker after all and be sent again from the outbox: nothing lost, in order, maybe twice.
        int again = convergence.awaitPublished(workload.published(), Delivery.AT_LEAST_ONCE, DELIVERY);
        convergence.awaitOutboxesEmpty(CONVERGENCE);
        convergence.awaitCopiesEqualSources(CONVERGENCE);
        // What the topic holds twice, no copy takes twice.
        List<CopyApplyLog.Applied> applied;
        try (applies) {
            applied = applies.applied();
        }
        assertEquals(List.of(), CopyApplyLog.outOfOrderOrRepeated(applied), "copies that applied a version twice or out of order");
        for (SuiteService service : SuiteService.values()) {
            Convergence.await(CONVERGENCE, () -> {
                Answer ready = http.get(suite.url(service) + "/q/health/ready");
                return ready.status() == 200 && KAFKA_REACHABLE.matcher(ready.body()).find() ? null : service.module() + " after heal: " + ready;
            });
        }
        System.out.printf("Kafka partition 60 s: %d writes all 2xx (%d versions to publish, with the coalitions and tombstones), lost 0, %d versions published again,"
                + " 0 applied twice or out of order in the copies (%d applies), longest write during the partition %d ms, longest readiness answer %d ms%n",
                workload.answered(), workload.publishedCount(), again, applied.size(), longestDuring.toMillis(),
                Duration.ofNanos(longestReadiness).toMillis());
    }

    @Test
    @Order(2)
    void aServicePartitionedFromPostgresFor30SecondsAnswers503InTimeAndHalfWritesNothing() throws Exception {
        SuiteService cut = SuiteService.COUNTRIES;
        String since = convergence.databaseNow();
        // 4 clients, 12 cycles of 10 writes each: 480 writes to the three services.
        Workload workload = new Workload(suite, http, "postgres-partition", true, countryCodes.subList(20, 32)).start(4, 12);
        workload.allow(80);
        workload.awaitAnswered(80);
        assertEquals(List.of(), workload.failures(), "before the partition every write is 2xx");

        // countries-service's link to PostgreSQL black-holed for 30 s while the writes go on (its
        // memberships and coalitions; commitments-service asks it about memberships its copy lacks).
        long cutAt = System.nanoTime();
        toPostgres.get(cut).blackHole();
        long longestLiveness = 0;
        for (int second = 0; second < 30; second++) {
            workload.allow(8);
            longestLiveness = Math.max(longestLiveness, askEveryService("/q/health/live", (service, live) -> assertEquals(200, live.status(),
                    service.module() + " is live while " + cut.module() + " cannot reach its database: " + live)));
            Thread.sleep(1000);
        }
        long healAt = System.nanoTime();
        toPostgres.get(cut).pass();
        // Some writes while the service recovers, the rest once it must have.
        workload.allow(40);
        Thread.sleep(RECOVERY.toMillis());
        long recoveredAt = System.nanoTime();
        workload.allowAll();
        workload.finish();

        List<Workload.Write> writes = workload.writes();
        assertEquals(480, writes.size());
        assertEquals(List.of(), writes.stream().filter(w -> w.answer().status() == 0).toList(), "every write is answered");
        List<Workload.Write> duringCut = writes.stream().filter(w -> w.overlaps(cutAt, healAt)).toList();
        // While the link is cut a write is saved, refused with 503 and Retry-After as a problem, or
        // finds the consequence of an earlier refusal (404, 422: see failuresNotExplainedByRefusals);
        // and none waits past the bound.
        List<Workload.Write> wrong = duringCut.stream()
                .filter(w -> Duration.ofNanos(w.tookNanos()).compareTo(DATABASE_BOUND) > 0 || !(w.answer().ok()
                        || w.answer().status() == 404 || w.answer().status() == 422
                        || w.answer().status() == 503 && w.answer().retryAfter().isPresent() && w.answer().contentType().startsWith("application/problem+json")))
                .toList();
        assertEquals(List.of(), wrong, "writes during the partition answered otherwise than 2xx or 503 with Retry-After within " + DATABASE_BOUND);
        List<Workload.Write> refused = writes.stream().filter(w -> w.answer().status() == 503).toList();
        assertTrue(refused.stream().anyMatch(w -> w.url().startsWith(suite.url(cut))), "the partition refused writes to " + cut.module());
        assertEquals(List.of(), workload.failuresNotExplainedByRefusals(), "answers a database out of reach does not explain");
        List<Workload.Write> notRecovered = writes.stream().filter(w -> w.sentNanos() >= recoveredAt && w.answer().status() == 503).toList();
        assertEquals(List.of(), notRecovered, "writes sent " + RECOVERY.toSeconds() + " s after the heal are no longer refused");
        Duration longestDuring = Duration.ofNanos(duringCut.stream().mapToLong(Workload.Write::tookNanos).max().orElse(0));

        // Every 2xx write on its topic; 503'd writes that were saved after all (their COMMIT
        // reached PostgreSQL, or committed before the answer was lost) may be there too.
        convergence.awaitPublished(workload.published(), Delivery.AT_LEAST_ONCE_AND_UNANSWERED, DELIVERY);
        convergence.awaitOutboxesEmpty(CONVERGENCE);
        convergence.awaitCopiesEqualSources(CONVERGENCE);

        // Nothing half-written: for every record the workload touched, its owner's table, its
        // history and its topic agree version by version, whatever the answers were. A write
        // refused with 503 is either wholly there (row, history, event) or wholly absent.
        List<Convergence.Published> onTopics = convergence.read(Convergence.TOPICS);
        Map<String, Map<String, List<Long>>> answered = workload.published();
        List<String> halfWritten = new ArrayList<>();
        int savedDespite503 = 0;
        for (String topic : List.of(Convergence.COALITIONS, Convergence.MEMBERSHIPS, Convergence.EVENTS, Convergence.COMMITMENTS)) {
            Map<String, List<Convergence.Recorded>> recorded = convergence.recordedSince(topic, since);
            Map<String, Long> current = convergence.source(topic);
            Map<String, List<Long>> published = convergence.versionsByKey(onTopics, topic, recorded.keySet());
            Map<String, List<Long>> answeredHere = answered.getOrDefault(topic, Map.of());
            Set<String> keys = new TreeSet<>(recorded.keySet());
            keys.addAll(answeredHere.keySet());
            for (String key : keys) {
                List<Convergence.Recorded> history = recorded.getOrDefault(key, List.of());
                Set<Long> versions = history.stream().map(Convergence.Recorded::version).collect(Collectors.toCollection(TreeSet::new));
                Set<Long> answeredVersions = new TreeSet<>(answeredHere.getOrDefault(key, List.of()));
                Set<Long> publishedVersions = new TreeSet<>(published.getOrDefault(key, List.of()));
                Convergence.Recorded last = history.isEmpty() ? null : history.get(history.size() - 1);
                Long expectedRow = last == null || last.deletion() ? null : last.version();
                if (!versions.containsAll(answeredVersions)) {
                    halfWritten.add(topic + " " + key + ": answered 2xx with " + answeredVersions + ", in its history " + versions);
                } else if (!publishedVersions.equals(versions)) {
                    halfWritten.add(topic + " " + key + ": in its history " + versions + ", on its topic " + publishedVersions);
                } else if (!Objects.equals(current.get(key), expectedRow)) {
                    halfWritten.add(topic + " " + key + ": its row at version " + current.get(key) + ", its history ends with " + last);
                }
                savedDespite503 += versions.size() - answeredVersions.size();
            }
        }
        assertEquals(List.of(), halfWritten, "records whose table, history and topic disagree");
        assertTrue(savedDespite503 <= refused.size(), savedDespite503 + " versions no 2xx answered, more than the " + refused.size() + " writes refused");
        // No duplicates: no POST made two records (nothing here retries a write, and nothing must).
        Map<String, Long> duplicated = new TreeMap<>(createdMoreThanOnce(SuiteService.EVENTS, Convergence.EVENTS, "title", since));
        duplicated.putAll(createdMoreThanOnce(SuiteService.COMMITMENTS, Convergence.COMMITMENTS, "description", since));
        assertEquals(Map.of(), duplicated, "records created more than once from one write");

        long saved = writes.stream().filter(w -> w.answer().ok()).count();
        System.out.printf("PostgreSQL partition 30 s (%s): %d writes, %d 2xx, %d 503 with Retry-After, %d other (a refused record's later steps: %s),"
                + " lost 0, duplicated 0, %d writes answered 503 were saved after all (wholly), longest write during the partition %d ms"
                + " (bound %d s), longest liveness answer %d ms%n", cut.module(), writes.size(), saved, refused.size(),
                writes.size() - saved - refused.size(), workload.failureStatuses(), savedDespite503, longestDuring.toMillis(),
                DATABASE_BOUND.toSeconds(), Duration.ofNanos(longestLiveness).toMillis());
        duringCut.stream().sorted(java.util.Comparator.comparingLong(Workload.Write::tookNanos).reversed()).limit(5)
                .forEach(w -> System.out.printf("  slow during the partition: %s%n", w));
    }

    @Test
    @Order(3)
    void aWriteWhoseCommitAnswerIsCutOffIs503MayOrMayNotAndWasWhollySaved() throws Exception {
        SuiteService cut = SuiteService.COUNTRIES;
        String countries = suite.url(cut);
        String member = countries + "/coalitions/commit-cut-off/members/FR";
        String key = "commit-cut-off/FR";
        assertTrue(http.send("POST", countries + "/coalitions", SuiteHttp.JSON, "{\"id\": \"commit-cut-off\", \"name\": \"Commit cut off\"}", null).ok());
        Answer before = http.send("PUT", member, SuiteHttp.JSON, "{\"role\": \"MEMBER\", \"status\": \"ACTIVE\"}", null);
        assertTrue(before.ok(), before.toString());
        long first = before.requireVersion();

        // PostgreSQL pauses this one write's COMMIT (a deferred trigger, run by the COMMIT itself,
        // on the history row whose state says so); while it pauses, the link goes black. The
        // commit completes in PostgreSQL, and its answer waits in the link: the service cannot
        // know whether the change was saved.
        try (Connection connection = convergence.connect(cut); var statement = connection.createStatement()) {
            statement.execute("""
                    create function commit_cut_off_pause() returns trigger language plpgsql as $$
                    begin
                      if new.state ->> 'notes' = 'held at commit' then perform pg_sleep(3); end if;
                      return null;
                    end $$""");
            statement.execute("""
                    create constraint trigger commit_cut_off_pause after insert on record_version
                    deferrable initially deferred for each row execute function commit_cut_off_pause()""");
        }
        try {
            CompletableFuture<Answer> write = CompletableFuture.supplyAsync(() -> http.send("PUT", member, SuiteHttp.JSON,
                    "{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"notes\": \"held at commit\"}", null));
            Convergence.await(Duration.ofSeconds(30), () -> commitPausing(cut) ? null : "the write's COMMIT has not reached its pause");
            toPostgres.get(cut).blackHole();
            Answer answer = write.get(2, TimeUnit.MINUTES);
            assertEquals(503, answer.status(), "a write whose COMMIT was not answered: " + answer);
            assertEquals(Optional.of("5"), answer.retryAfter());
            assertTrue(answer.body().contains("may or may not have been saved"), answer.body());
        } finally {
            toPostgres.get(cut).pass();
            try (Connection connection = convergence.connect(cut); var statement = connection.createStatement()) {
                statement.execute("drop trigger commit_cut_off_pause on record_version");
                statement.execute("drop function commit_cut_off_pause()");
            }
        }

        // It was saved, and wholly: the row at the next version, its history, its event, the copies.
        Convergence.await(CONVERGENCE, () -> http.get(member).status() == 200 ? null : cut.module() + " answers again after the heal");
        Answer after = http.get(member);
        assertEquals(first + 1, after.requireVersion());
        assertTrue(after.body().contains("held at commit"), after.body());
        assertEquals(List.of(new Convergence.Recorded(first, false), new Convergence.Recorded(first + 1, false)),
                convergence.recordedSince(Convergence.MEMBERSHIPS, "-infinity").get(key));
        convergence.awaitPublished(Map.of(Convergence.MEMBERSHIPS, Map.of(key, List.of(first, first + 1))), Delivery.AT_LEAST_ONCE, DELIVERY);
        convergence.awaitOutboxesEmpty(CONVERGENCE);
        convergence.awaitCopiesEqualSources(CONVERGENCE);
    }

    @Test
    @Order(4)
    void aSlowLossyLinkToKafkaFor2MinutesLosesAndDuplicatesNothingInTheCopies() throws Exception {
        String since = convergence.databaseNow();
        // 4 clients, 30 cycles of 10 writes each: 1,200 writes to the three services.
        Workload workload = new Workload(suite, http, "lossy-link", true, countryCodes.subList(40, 70)).start(4, 30);
        try (CopyApplyLog applies = CopyApplyLog.start(convergence)) {
            workload.allow(120);
            workload.awaitAnswered(120);
            convergence.awaitOutboxesEmpty(CONVERGENCE);
            workload.takeLongest();
            String faultFrom = convergence.databaseNow();

            // Every service's link to the broker: each chunk held 300 ms in each direction, and
            // 10 % of the TCP segments between the service and its link dropped by the kernel.
            Set<Integer> linkPorts = toKafka.values().stream().map(FaultyLink::port).collect(Collectors.toCollection(TreeSet::new));
            toKafka.values().forEach(link -> link.delay(LOSSY_LINK_DELAY));
            int notReady = 0;
            int readinessAnswers = 0;
            String faultTo;
            long retransmitted = LossyLoopback.retransmittedSegments();
            try (LossyLoopback loss = LossyLoopback.drop(0.10, linkPorts)) {
                // 960 writes spread over the 2 minutes, readiness asked every second.
                for (int second = 0; second < 120; second++) {
                    workload.allow(8);
                    List<Answer> ready = new ArrayList<>();
                    askEveryService("/q/health/ready", (service, answer) -> ready.add(answer));
                    readinessAnswers += ready.size();
                    notReady += (int) ready.stream().filter(answer -> answer.status() != 200).count();
                    Thread.sleep(1000);
                }
                workload.awaitAnswered(1080);
                faultTo = convergence.databaseNow();
                retransmitted = LossyLoopback.retransmittedSegments() - retransmitted;
            } finally {
                toKafka.values().forEach(FaultyLink::pass);
            }
            Duration longestDuring = workload.takeLongest();
            workload.allowAll();
            workload.finish();

            // The writes do not wait for Kafka; but the copies lag behind, so commitments-service
            // asks countries-service about memberships more often, and on a busy machine such a
            // lookup may miss its 500 ms timeout twice: a 503 with Retry-After that writes nothing
            // (HangingOwnerTests), and the 404 or 422 of that record's later steps.
            List<String> refused = workload.failures().stream().filter(failure -> failure.contains(": 503 ")).toList();
            assertEquals(List.of(), refused.stream().filter(failure -> !failure.contains("could not be confirmed: their owner")).toList(),
                    "writes refused for another reason than an owner that did not answer in time");
            assertEquals(List.of(), workload.failuresNotExplainedByRefusals(), "answers such refusals do not explain");
            assertEquals(1200, workload.answered());
            // A batch whose acknowledgement the loss delays past the producer's timeouts is sent again from the outbox.
            int again = convergence.awaitPublished(workload.published(), Delivery.AT_LEAST_ONCE, DELIVERY);
            convergence.awaitOutboxesEmpty(CONVERGENCE);
            convergence.awaitCopiesEqualSources(CONVERGENCE);

            // Nothing duplicated in the copies: each key of each copy took each version at most
            // once and in increasing order, however often the topic holds it.
            List<CopyApplyLog.Applied> applied = applies.applied();
            assertEquals(List.of(), CopyApplyLog.outOfOrderOrRepeated(applied), "copies that applied a version twice or out of order");
            List<Duration> before = applies.propagation(applied, since, faultFrom).stream().sorted().toList();
            List<Duration> during = applies.propagation(applied, faultFrom, faultTo).stream().sorted().toList();
            // 9 of every 10 writes are to records that two other services copy.
            assertTrue(during.size() >= 864, "applies of versions written during the fault: " + during.size());
            System.out.printf("Slow lossy link to Kafka for 120 s (300 ms each way, 10 %% of segments dropped): %d writes, %d 2xx, %d refused 503 (an owner lookup timed out),"
                    + " %d other (their later steps), lost 0, %d versions"
                    + " published again, %d TCP segments retransmitted on the machine during the fault, 0 applied twice or out of order in the copies (%d applies); longest write during the fault %d ms;"
                    + " readiness not 200 in %d of %d answers; propagation from the owner's write to a read copy, for versions written"
                    + " during the fault: p50 %d ms, p99 %d ms, max %d ms (%d applies); before it: p50 %d ms, p99 %d ms (%d applies)%n",
                    workload.answered(), workload.answered() - workload.failures().size(), refused.size(), workload.failures().size() - refused.size(),
                    again, retransmitted, applied.size(), longestDuring.toMillis(), notReady, readinessAnswers,
                    percentile(during, 0.50).toMillis(), percentile(during, 0.99).toMillis(), during.get(during.size() - 1).toMillis(), during.size(),
                    percentile(before, 0.50).toMillis(), percentile(before, 0.99).toMillis(), before.size());
        }
    }

    private static Duration percentile(List<Duration> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    /** Whether a session of {@code service}'s database is in the pause of {@code commit_cut_off_pause}. */
    private static boolean commitPausing(SuiteService service) {
        try (Connection connection = convergence.connect(service);
                PreparedStatement select = connection.prepareStatement(
                        "select count(*) from pg_stat_activity where datname = current_database() and wait_event = 'PgSleep'");
                ResultSet result = select.executeQuery()) {
            result.next();
            return result.getLong(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks every service for {@code path}, hands each answer to {@code check}; returns the longest answer's time in nanoseconds. */
    private static long askEveryService(String path, BiConsumer<SuiteService, Answer> check) {
        long longest = 0;
        for (SuiteService service : SuiteService.values()) {
            long started = System.nanoTime();
            Answer answer = http.get(suite.url(service) + path);
            longest = Math.max(longest, System.nanoTime() - started);
            check.accept(service, answer);
        }
        return longest;
    }

    /** Values of {@code field} that more than one record of {@code topic} was created with since {@code since}, with how many. */
    private static Map<String, Long> createdMoreThanOnce(SuiteService owner, String topic, String field, String since) throws SQLException {
        Map<String, Long> duplicated = new TreeMap<>();
        try (Connection connection = convergence.connect(owner);
                PreparedStatement select = connection.prepareStatement("""
                        select state ->> ?, count(*) from record_version
                        where topic = ? and operation = 'CREATED' and recorded_at >= cast(? as timestamptz)
                        group by 1 having count(*) > 1""")) {
            select.setString(1, field);
            select.setString(2, topic);
            select.setString(3, since);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    duplicated.put(topic + " " + result.getString(1), result.getLong(2));
                }
            }
        }
        return duplicated;
    }
}
