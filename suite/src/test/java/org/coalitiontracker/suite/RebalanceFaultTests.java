package org.coalitiontracker.suite;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coalitiontracker.suite.Convergence.Delivery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, scenario 5: the broker restarted while a service's consumer group rebalances, with
 * two instances of the service in the group. commitments-service is the consumer (its copies of
 * memberships and events change with every cycle of the {@link Workload}); a second instance of
 * it starts on the same database while writes go on, and the broker is restarted as soon as the
 * group is seen rebalancing (its state as the broker's Admin API reports it, not a sleep). While
 * the group re-forms after the restart, the test sends again 100 records that later versions have
 * superseded, as a relay resending a batch cut off by the fault would, so that the consumers meet
 * older versions mid-rebalance in every run (a clean restart may cut no batch).
 *
 * <p>"No record applied out of version order" is observed in the databases themselves: for the
 * test, a trigger on each service's {@code read_copy} logs every change actually applied (key,
 * old and new version, transaction, clock, and the instance, by the connection's
 * {@code application_name}, which the suite sets per instance) into a table of the test's own;
 * per key the applied versions must strictly increase. Both instances write into one log, so it
 * sees the two consumers together. Like {@link FaultToleranceTests}, it passes or fails on what
 * arrived, never on how fast; the figures it prints are for the fault table.
 */
class RebalanceFaultTests {

    private static final Duration DELIVERY = Duration.ofMinutes(3);
    private static final Duration CONVERGENCE = Duration.ofMinutes(2);
    private static final Duration REBALANCE = Duration.ofMinutes(2);
    private static final SuiteService CONSUMER = SuiteService.COMMITMENTS;
    /** The kit's consumer group is the service's {@code quarkus.application.name}. */
    private static final String GROUP = CONSUMER.module();
    /**
     * A group between generations: the classic protocol's two states, which the kit's consumers
     * use, and those of the consumer protocol (KIP-848), should they be configured to use it.
     */
    private static final Set<GroupState> REBALANCING = Set.of(GroupState.PREPARING_REBALANCE, GroupState.COMPLETING_REBALANCE,
            GroupState.ASSIGNING, GroupState.RECONCILING);
    private static final int WORKERS = 4;
    private static final int CYCLES = 40;
    private static final int WRITES = WORKERS * CYCLES * Workload.WRITES_PER_CYCLE;
    private static final int WRITES_PER_SECOND = 20;
    /** Enough for the {@link #REPLAYS} superseded records (each cycle supersedes 4 or 5 versions of memberships and events). */
    private static final int BEFORE = 400;
    /** Held back until the group is stable again, so that both instances have records to apply after the fault. */
    private static final int AFTER = 300;
    /** Superseded records sent again while the group re-forms after the restart, as a relay's resend after a cut-off batch would. */
    private static final int REPLAYS = 100;
    /** A second instance that joined and settled before the test saw the group rebalance is started again, at most this often. */
    private static final int ATTEMPTS = 3;

    private static RunningSuite suite;
    private static SuiteHttp http;
    private static Convergence convergence;
    private static List<String> countryCodes;
    private static Admin admin;
    private static CopyApplyLog applies;

    private boolean kafkaStopped;
    private ServiceProcess secondInstance;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = RunningSuite.start();
        http = new SuiteHttp(suite.editorToken());
        convergence = new Convergence(suite);
        countryCodes = convergence.countryCodes();
        admin = openAdmin();
        applies = CopyApplyLog.start(convergence);
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            try {
                if (applies != null) {
                    applies.close();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                if (admin != null) {
                    admin.close();
                }
                suite.close();
            }
        }
    }

    /** A failure mid-fault leaves the broker up and the extra instance stopped. */
    @AfterEach
    void restore() throws InterruptedException {
        if (kafkaStopped) {
            suite.startKafka();
            kafkaStopped = false;
        }
        if (secondInstance != null) {
            secondInstance.close();
            secondInstance = null;
        }
    }

    @Test
    void aBrokerRestartedWhileTwoInstancesRebalanceLosesNothingAndAppliesNoRecordOutOfVersionOrder() throws Exception {
        Workload workload = new Workload(suite, http, "rebalance", true, countryCodes.subList(0, CYCLES)).start(WORKERS, CYCLES);
        String caught;
        long faultFrom;
        long faultTo;
        long brokerDownNanos;
        String settledAt;
        int replayed;
        try (Pacer pacer = new Pacer(workload, WRITES_PER_SECOND)) {
            pacer.upTo(BEFORE);
            workload.awaitAnswered(BEFORE);
            Convergence.await(DELIVERY, () -> {
                int superseded = supersededRecords().size();
                return superseded >= REPLAYS ? null : superseded + " superseded records on the topics, " + REPLAYS + " to replay";
            });
            awaitGroup(1);
            // The rest but the writes kept for after, at the same pace, while the second instance joins and the broker restarts.
            String beforeSecond = convergence.databaseNow();
            pacer.upTo(WRITES - AFTER);
            Convergence.await(CONVERGENCE, () -> applies.byInstanceSince(CONSUMER, beforeSecond).isEmpty() ? "the first instance applying" : null);
            caught = null;
            for (int attempt = 1; caught == null && attempt <= ATTEMPTS; attempt++) {
                secondInstance = suite.launchAnotherInstance(CONSUMER);
                caught = awaitRebalance(secondInstance);
                if (caught == null) {
                    System.out.printf("Attempt %d: the group settled with two members before the test saw it rebalance; starting the second instance again%n",
                            attempt);
                    secondInstance.close();
                    secondInstance = null;
                    awaitGroup(1);
                } else {
                    caught += " (attempt " + attempt + ")";
                }
            }
            assertNotNull(caught, "the group was seen rebalancing while the second instance joined");

            faultFrom = System.nanoTime();
            suite.stopKafka();
            kafkaStopped = true;
            suite.startKafka();
            kafkaStopped = false;
            brokerDownNanos = System.nanoTime() - faultFrom;
            // Older versions arrive while the partitions change hands: whichever instance gets them must not apply them.
            replayed = replaySupersededRecords();

            secondInstance.awaitReady(REBALANCE);
            awaitGroup(2);
            faultTo = System.nanoTime();
            settledAt = convergence.databaseNow();

            pacer.upTo(WRITES);
            workload.finish();
        }
        long lastWrite = System.nanoTime();

        // While the copies lag (the broker away, partitions changing hands) a commitment's membership
        // is confirmed by asking countries-service; on a loaded machine that may take longer than
        // the owner timeout, and the write is refused with 503 and Retry-After, having written
        // nothing (docs/change-events.md, owner lookups). On a quiet machine every write is 2xx.
        assertEquals(List.of(), workload.failuresNotExplainedByRefusals(), "every write 2xx or refused for lack of its owner's answer (all failures by status: "
                + workload.failureStatuses() + ")");
        assertEquals(WRITES, workload.answered());
        // A relay batch in flight when the broker stops may be appended without its acknowledgement
        // reaching the relay, and is sent again from the outbox: at least once, in order. The
        // test's replays are versions published again too.
        int relayedTwice = convergence.awaitPublished(workload.published(), Delivery.AT_LEAST_ONCE, DELIVERY) - replayed;
        convergence.awaitOutboxesEmpty(CONVERGENCE);
        // Both reported, so that a copy that did not converge still shows whether anything was applied out of order.
        List<String> outOfOrder = new ArrayList<>();
        assertAll(() -> convergence.awaitCopiesEqualSources(CONVERGENCE), () -> {
            outOfOrder.addAll(CopyApplyLog.outOfOrderOrRepeated(applies.applied()));
            assertEquals(List.of(), outOfOrder.subList(0, Math.min(20, outOfOrder.size())), outOfOrder.size() + " changes applied out of version order");
        });
        long converged = System.nanoTime();
        Convergence.await(CONVERGENCE, () -> {
            Map<TopicPartition, String> unread = unreadByTheGroup();
            return unread.isEmpty() ? null : "the group has read and committed every record, the replays included: " + unread;
        });

        // Two consumers: each instance applied records after the group settled with both.
        Map<String, Long> afterSettling = applies.byInstanceSince(CONSUMER, settledAt);
        assertEquals(2, afterSettling.size(), "both instances of " + CONSUMER.module() + " applied changes after the rebalance: " + afterSettling);
        List<CopyApplyLog.Applied> applied = applies.applied();
        long logged = applied.size();
        long keysAppliedAgain = applied.stream().filter(change -> change.copy() == CONSUMER && change.replaced() != null)
                .map(change -> change.topic() + " " + change.key()).distinct().count();
        assertTrue(keysAppliedAgain > 0, "the log holds keys applied more than once, so their order was checked");

        long longestDuring = workload.writes().stream().filter(w -> w.overlaps(faultFrom, faultTo)).mapToLong(Workload.Write::tookNanos).max().orElse(0);
        long writesDuring = workload.writes().stream().filter(w -> w.overlaps(faultFrom, faultTo)).count();
        System.out.printf("Broker restart during a rebalance of %s's group: %d writes (%d during the fault), %d 2xx, refused %s, lost 0, %d versions published twice by the relays,"
                + " %d superseded records replayed while the group re-formed, %d changes applied to the copies (%s's instances after the rebalance: %s), applied out of version order %d; group seen %s;"
                + " broker down %.1f s, group stable with both instances %.1f s after the restart began; longest write during the fault %d ms;"
                + " copies equal sources %.1f s after the last write%n",
                CONSUMER.module(), workload.answered(), writesDuring, workload.writes().stream().filter(w -> w.answer().ok()).count(), workload.failureStatuses(), relayedTwice, replayed, logged, CONSUMER.module(), afterSettling, outOfOrder.size(),
                caught, brokerDownNanos / 1e9, (faultTo - faultFrom) / 1e9, Duration.ofNanos(longestDuring).toMillis(), (converged - lastWrite) / 1e9);
    }

    /**
     * Sends again, as they are on the broker (key, state, headers), the first {@link #REPLAYS}
     * records of the consumer's membership and event copies that a later version of their key
     * has superseded; returns how many.
     */
    private static int replaySupersededRecords() throws Exception {
        List<ConsumerRecord<String, byte[]>> superseded = supersededRecords().stream().limit(REPLAYS).toList();
        assertEquals(REPLAYS, superseded.size(), "superseded records to replay");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : superseded) {
                sent.add(producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers())));
            }
            for (Future<RecordMetadata> acknowledged : sent) {
                acknowledged.get(30, TimeUnit.SECONDS);
            }
        }
        return superseded.size();
    }

    /** The records of the consumer's membership and event copies that a later version of their key has superseded, in offset order. */
    private static List<ConsumerRecord<String, byte[]>> supersededRecords() {
        List<ConsumerRecord<String, byte[]>> records = convergence.readRecords(List.of(Convergence.MEMBERSHIPS, Convergence.EVENTS));
        Map<String, Long> latest = new HashMap<>();
        records.forEach(r -> latest.merge(r.topic() + " " + r.key(), version(r), Math::max));
        return records.stream().filter(r -> version(r) < latest.get(r.topic() + " " + r.key())).toList();
    }

    private static long version(ConsumerRecord<String, byte[]> record) {
        return Long.parseLong(new String(record.headers().lastHeader("ce_aggregateversion").value(), StandardCharsets.UTF_8));
    }

    // --- the group, as the broker sees it ---

    /** The partitions of the consumer's topics whose records the group has not all committed: partition -> committed offset and end. */
    private static Map<TopicPartition, String> unreadByTheGroup() {
        Map<TopicPartition, OffsetAndMetadata> committed;
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends;
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        try {
            admin.describeTopics(Convergence.COPIES.get(CONSUMER)).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, description) ->
                    description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            committed = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the group's offsets", e);
        }
        Map<TopicPartition, String> unread = new TreeMap<>(Comparator.comparing(TopicPartition::toString));
        ends.forEach((partition, end) -> {
            OffsetAndMetadata offset = committed.get(partition);
            if (end.offset() > 0 && (offset == null || offset.offset() != end.offset())) {
                unread.put(partition, "committed " + (offset == null ? "nothing" : offset.offset()) + " of " + end.offset());
            }
        });
        return unread;
    }

    private static Admin openAdmin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000));
    }

    /** The group's description, or null while the broker cannot say (it is restarting, its coordinator is loading). */
    private static ConsumerGroupDescription describe() {
        try {
            return admin.describeConsumerGroups(List.of(GROUP)).all().get(5, TimeUnit.SECONDS).get(GROUP);
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Polls the group while {@code joining} starts: its state as seen rebalancing (with its
     * members), or null when the group is stable with two members before a poll saw it rebalance.
     */
    private static String awaitRebalance(ServiceProcess joining) throws InterruptedException {
        long deadline = System.nanoTime() + REBALANCE.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(joining.isAlive(), "the second instance runs; see " + joining.log());
            ConsumerGroupDescription group = describe();
            if (group != null && REBALANCING.contains(group.groupState())) {
                return group.groupState() + " with " + group.members().size() + " members";
            }
            if (group != null && group.groupState() == GroupState.STABLE && group.members().size() == 2) {
                return null;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the group did not rebalance within " + REBALANCE.toSeconds() + " s of the second instance's start");
    }

    /** Waits until the group is stable with {@code members} members, each assigned partitions. */
    private static void awaitGroup(int members) throws InterruptedException {
        Convergence.await(REBALANCE, () -> {
            ConsumerGroupDescription group = describe();
            if (group != null && group.groupState() == GroupState.STABLE && group.members().size() == members
                    && group.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty())) {
                return null;
            }
            return "group " + GROUP + " stable with " + members + " members, each assigned partitions: " + group;
        });
    }

    /** Lets the workload's writes happen at a steady pace, up to a number the test raises phase by phase. */
    private static final class Pacer implements AutoCloseable {

        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        private volatile int ceiling;
        private int allowed;

        Pacer(Workload workload, int perSecond) {
            timer.scheduleAtFixedRate(() -> {
                if (allowed < ceiling) {
                    workload.allow(1);
                    allowed++;
                }
            }, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
        }

        void upTo(int writes) {
            ceiling = writes;
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }
}
