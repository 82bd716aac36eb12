package org.coalitiontracker.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
            for (SuiteService service : SuiteService.values()) {
                long started = System.nanoTime();
                Answer ready = http.get(suite.url(service) + "/q/health/ready");
                longestReadiness = Math.max(longestReadiness, System.nanoTime() - started);
                assertTrue(ready.status() == 200 || ready.status() == 503, service.module() + " readiness answers: " + ready);
                if (KAFKA_UNREACHABLE.matcher(ready.body()).find()) {
                    reportedUnreachable.add(service);
                }
            }
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
        convergence.awaitPublished(workload.published(), Delivery.AT_LEAST_ONCE, DELIVERY);
        convergence.awaitOutboxesEmpty(CONVERGENCE);
        convergence.awaitCopiesEqualSources(CONVERGENCE);
        for (SuiteService service : SuiteService.values()) {
            Convergence.await(CONVERGENCE, () -> {
                Answer ready = http.get(suite.url(service) + "/q/health/ready");
                return ready.status() == 200 && KAFKA_REACHABLE.matcher(ready.body()).find() ? null : service.module() + " after heal: " + ready;
            });
        }
        System.out.printf("Kafka partition 60 s: %d writes all 2xx (%d versions to publish, with the coalitions and tombstones), lost 0, longest write during the partition %d ms,"
                + " longest readiness answer %d ms%n", workload.answered(), workload.publishedCount(), longestDuring.toMillis(),
                Duration.ofNanos(longestReadiness).toMillis());
    }
}
