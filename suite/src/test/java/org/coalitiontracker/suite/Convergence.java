package org.coalitiontracker.suite;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the fault tests check after a fault: what is on the topics (read from the beginning, by
 * a reader of its own), what is still in the outboxes, and whether every read copy holds exactly
 * what its owner holds, key by key and version by version. Waits poll with a deadline.
 */
final class Convergence {

    static final String COUNTRIES = "coalition-tracker.countries";
    static final String COALITIONS = "coalition-tracker.coalitions";
    static final String MEMBERSHIPS = "coalition-tracker.memberships";
    static final String EVENTS = "coalition-tracker.events";
    static final String COMMITMENTS = "coalition-tracker.commitments";
    static final List<String> TOPICS = List.of(COUNTRIES, COALITIONS, MEMBERSHIPS, EVENTS, COMMITMENTS);

    /** The owner of each topic, and the key and version of each record it holds, in SQL. */
    private static final Map<String, Source> SOURCES = Map.of(
            COUNTRIES, new Source(SuiteService.COUNTRIES, "select code, version from country"),
            COALITIONS, new Source(SuiteService.COUNTRIES, "select id, version from coalition"),
            MEMBERSHIPS, new Source(SuiteService.COUNTRIES, "select coalition_id || '/' || country_code, version from membership"),
            EVENTS, new Source(SuiteService.EVENTS, "select cast(id as text), version from event"),
            COMMITMENTS, new Source(SuiteService.COMMITMENTS, "select cast(id as text), version from commitment"));

    /** Which service keeps a read copy of which topic (the topics each service's contract consumes, `*ServiceContract`). */
    static final Map<SuiteService, List<String>> COPIES = Map.of(
            SuiteService.COUNTRIES, List.of(EVENTS, COMMITMENTS),
            SuiteService.EVENTS, List.of(COUNTRIES, MEMBERSHIPS, COMMITMENTS),
            SuiteService.COMMITMENTS, List.of(COUNTRIES, MEMBERSHIPS, EVENTS));

    private record Source(SuiteService owner, String sql) {
    }

    /** One record on a topic. {@code version} is null when the record has no readable version header. */
    record Published(String topic, int partition, long offset, String key, Long version, boolean tombstone, Map<String, String> headers) {
    }

    private final RunningSuite suite;

    Convergence(RunningSuite suite) {
        this.suite = suite;
    }

    // --- topics ---

    /** Every record now on {@code topics}, in offset order per partition. */
    List<Published> read(Collection<String> topics) {
        return readRecords(topics).stream().map(Convergence::published).toList();
    }

    /** As {@link #read}, the records as the broker holds them (values and headers as bytes), e.g. to send one again. */
    List<ConsumerRecord<String, byte[]>> readRecords(Collection<String> topics) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(config)) {
            Map<String, List<org.apache.kafka.common.PartitionInfo>> existing = reader.listTopics(Duration.ofSeconds(15));
            List<TopicPartition> partitions = topics.stream().filter(existing::containsKey)
                    .flatMap(t -> existing.get(t).stream().map(p -> new TopicPartition(t, p.partition()))).toList();
            if (partitions.isEmpty()) {
                return records;
            }
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions, Duration.ofSeconds(15));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> reader.position(p, Duration.ofSeconds(15)) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topics + " to their end within 60 s");
                }
                for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                }
            }
        }
        return records;
    }

    private static Published published(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        Long version;
        try {
            version = Long.valueOf(headers.get("ce_aggregateversion"));
        } catch (NumberFormatException e) {
            version = null;
        }
        return new Published(record.topic(), record.partition(), record.offset(), record.key(), version, record.value() == null, headers);
    }

    /** The versions published for each of {@code keys} of {@code topic}, in the order they were published. */
    Map<String, List<Long>> versionsByKey(List<Published> records, String topic, Set<String> keys) {
        Map<String, List<Long>> versions = new TreeMap<>();
        for (Published record : records) {
            if (record.topic().equals(topic) && keys.contains(record.key())) {
                versions.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(record.version());
            }
        }
        return versions;
    }

    /** What a test may expect to find on a topic for the versions its writes were answered with. */
    enum Delivery {
        /** Each answered version once, in increasing order, and nothing else. */
        EXACTLY_ONCE,
        /**
         * Each answered version, and nothing else, in increasing order; a version may come again
         * after it was first published (a relay that loses its database between the broker's
         * acknowledgement and deleting the rows sends them again; consumers ignore what is not newer).
         */
        AT_LEAST_ONCE,
        /**
         * As {@link #AT_LEAST_ONCE}, and also versions the test saw no answer for (a write whose
         * answer was lost may still have committed).
         */
        AT_LEAST_ONCE_AND_UNANSWERED
    }

    /**
     * Waits until every version in {@code expected} (topic -> key -> the versions the writes were
     * answered with) is on its topic, then checks each key's versions as {@code delivery} says.
     * Prints and returns how many versions came more than once.
     */
    int awaitPublished(Map<String, Map<String, List<Long>>> expected, Delivery delivery, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> problems;
        int again;
        while (true) {
            List<Published> records = read(expected.keySet());
            problems = new ArrayList<>();
            again = 0;
            boolean allThere = true;
            for (Map.Entry<String, Map<String, List<Long>>> topic : expected.entrySet()) {
                Map<String, List<Long>> published = versionsByKey(records, topic.getKey(), topic.getValue().keySet());
                for (Map.Entry<String, List<Long>> key : topic.getValue().entrySet()) {
                    List<Long> wanted = new ArrayList<>(new TreeSet<>(key.getValue()));
                    List<Long> actual = published.getOrDefault(key.getKey(), List.of());
                    List<Long> first = actual.stream().distinct().toList();
                    again += actual.size() - first.size();
                    String where = topic.getKey() + " " + key.getKey() + ": published " + actual + ", the writes were answered with " + wanted;
                    if (!actual.containsAll(wanted)) {
                        allThere = false;
                        problems.add(where + " (missing some)");
                    } else if (delivery == Delivery.EXACTLY_ONCE && !actual.equals(wanted)) {
                        problems.add(where + " (each once, in order, nothing else)");
                    } else if (!strictlyIncreasing(first)) {
                        problems.add(where + " (a version first published after a newer one)");
                    } else if (delivery == Delivery.AT_LEAST_ONCE && !first.equals(wanted)) {
                        problems.add(where + " (a version no write was answered with)");
                    }
                }
            }
            if (allThere || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(500);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " keys not published as written (" + delivery + "); first:\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(15, problems.size()))));
        }
        if (again > 0) {
            System.out.printf("%d versions were published again (allowed: %s)%n", again, delivery);
        }
        return again;
    }

    private static boolean strictlyIncreasing(List<Long> versions) {
        for (int i = 1; i < versions.size(); i++) {
            if (versions.get(i) == null || versions.get(i - 1) == null || versions.get(i) <= versions.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    // --- outboxes ---

    long outboxRows(SuiteService service) {
        return queryLong(service, "select count(*) from outbox");
    }

    /** Each unpublished outbox row of {@code service} as {@code topic key version}. */
    List<String> outboxContents(SuiteService service) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = connect(service);
                PreparedStatement select = connection.prepareStatement("select topic, aggregate_key, aggregate_version from outbox order by id");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    void awaitOutboxesEmpty(Duration timeout) throws InterruptedException {
        await(timeout, () -> {
            Map<SuiteService, Long> left = new LinkedHashMap<>();
            for (SuiteService service : SuiteService.values()) {
                long rows = outboxRows(service);
                if (rows > 0) {
                    left.put(service, rows);
                }
            }
            return left.isEmpty() ? null : "outbox rows not published: " + left;
        });
    }

    // --- owners' histories ---

    /** A version in an owner's history of its records ({@code record_version}, written in the transaction of the change). */
    record Recorded(long version, boolean deletion) {
    }

    /**
     * Every version {@code topic}'s owner keeps in its history for each key that had a version
     * recorded at or after {@code since} (a time of the database's clock), oldest first.
     */
    Map<String, List<Recorded>> recordedSince(String topic, String since) {
        Map<String, List<Recorded>> versions = new TreeMap<>();
        try (Connection connection = connect(SOURCES.get(topic).owner());
                PreparedStatement select = connection.prepareStatement("""
                        select aggregate_key, version, operation = 'DELETED' from record_version
                        where topic = ? and aggregate_key in (select aggregate_key from record_version where topic = ? and recorded_at >= cast(? as timestamptz))
                        order by aggregate_key, version""")) {
            select.setString(1, topic);
            select.setString(2, topic);
            select.setString(3, since);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    versions.computeIfAbsent(result.getString(1), k -> new ArrayList<>()).add(new Recorded(result.getLong(2), result.getBoolean(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return versions;
    }

    /** The database server's clock now, as text PostgreSQL reads back (one server holds the three databases). */
    String databaseNow() {
        try (Connection connection = connect(SuiteService.COUNTRIES);
                PreparedStatement select = connection.prepareStatement("select cast(clock_timestamp() as text)");
                ResultSet result = select.executeQuery()) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- read copies ---

    /** The key and version of every record {@code topic}'s owner holds. */
    Map<String, Long> source(String topic) {
        Source source = SOURCES.get(topic);
        return keysAndVersions(source.owner(), source.sql(), null);
    }

    /** The key and version of every record in {@code service}'s copy of {@code topic} (deleted ones left out). */
    Map<String, Long> copy(SuiteService service, String topic) {
        return keysAndVersions(service, "select aggregate_key, version from read_copy where topic = ? and state is not null", topic);
    }

    /** Waits until every read copy of every service equals its source; fails naming the differences. */
    void awaitCopiesEqualSources(Duration timeout) throws InterruptedException {
        await(timeout, () -> {
            List<String> differences = new ArrayList<>();
            for (Map.Entry<SuiteService, List<String>> service : COPIES.entrySet()) {
                for (String topic : service.getValue()) {
                    String difference = difference(source(topic), copy(service.getKey(), topic));
                    if (difference != null) {
                        differences.add(service.getKey().module() + "'s copy of " + topic + ": " + difference);
                    }
                }
            }
            return differences.isEmpty() ? null : String.join("\n  ", differences);
        });
    }

    /** Null when equal, otherwise the first few keys that differ. */
    static String difference(Map<String, Long> source, Map<String, Long> copy) {
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (Map.Entry<String, Long> record : source.entrySet()) {
            Long copied = copy.get(record.getKey());
            if (copied == null) {
                missing.add(record.getKey() + "@" + record.getValue());
            } else if (!copied.equals(record.getValue())) {
                stale.add(record.getKey() + " source@" + record.getValue() + " copy@" + copied);
            }
        }
        for (String key : copy.keySet()) {
            if (!source.containsKey(key)) {
                extra.add(key + "@" + copy.get(key));
            }
        }
        if (missing.isEmpty() && stale.isEmpty() && extra.isEmpty()) {
            return null;
        }
        return "%d missing %s, %d at another version %s, %d not in the source %s (source %d records, copy %d)".formatted(
                missing.size(), first(missing), stale.size(), first(stale), extra.size(), first(extra), source.size(), copy.size());
    }

    private static List<String> first(List<String> items) {
        return items.subList(0, Math.min(5, items.size()));
    }

    // --- plumbing ---

    Connection connect(SuiteService service) throws SQLException {
        return DriverManager.getConnection(suite.jdbcUrl(service), "postgres", "postgres");
    }

    /** The codes of countries-service's countries, in code order: the countries a workload writes about. */
    List<String> countryCodes() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection connection = connect(SuiteService.COUNTRIES);
                PreparedStatement select = connection.prepareStatement("select code from country order by code");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                codes.add(result.getString(1));
            }
        }
        return codes;
    }

    long queryLong(SuiteService service, String sql) {
        try (Connection connection = connect(service);
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet result = select.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> keysAndVersions(SuiteService service, String sql, String parameter) {
        Map<String, Long> rows = new HashMap<>();
        try (Connection connection = connect(service); PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getString(1), result.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** Polls {@code check} (null: satisfied, otherwise what is still wrong) until satisfied or {@code timeout}. */
    static void await(Duration timeout, Supplier<String> check) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String wrong;
        while ((wrong = check.get()) != null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still after " + timeout.toSeconds() + " s: " + wrong);
            }
            Thread.sleep(250);
        }
    }
}
